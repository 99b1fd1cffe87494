using System.ComponentModel;

namespace Hub.Domain.Documents;

[Description("The kind of record a document is attached to (allegato a).")]
public enum DocumentOwnerKind
{
    [Description("A person (assistito).")]
    Person,
    [Description("A case (presa in carico).")]
    CareCase,
    [Description("A UVM assessment (valutazione).")]
    Assessment,
    [Description("A care plan (PAP).")]
    CarePlan,
    [Description("A protected-discharge request (segnalazione di dimissione protetta).")]
    DischargeRequest,
}

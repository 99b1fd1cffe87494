using System.ComponentModel;

namespace Hub.Domain.SocialRecord;

[Description("What a diary entry records (tipo di annotazione del diario sociale).")]
public enum DiaryEntryKind
{
    [Description("Colloquio: an interview with the person or the family.")]
    Interview,
    [Description("Visita domiciliare.")]
    HomeVisit,
    [Description("Telefonata.")]
    PhoneCall,
    [Description("Riunione d'équipe / UVM.")]
    TeamMeeting,
    [Description("Nota: the social worker's own note.")]
    Note,
    [Description("Relazione inviata: a report sent (to a court, a service, a body).")]
    ReportSent,
}

using GraphQL.Types;

namespace Hub.Api.GraphQL;

/// <summary>
/// Fields one feature adds to another feature's type (Care's fields on <c>Person</c>), registered
/// in the adding feature's wiring so the extended feature never calls into it.
/// </summary>
public interface ITypeExtension<in TGraphType> where TGraphType : IComplexGraphType
{
    void AddFieldsTo(TGraphType type);
}

namespace Hub.Api.Tests.GraphQL.Limits;

/// <summary>Introspection queries as IDEs and code generators send them.</summary>
internal static class IntrospectionQueries
{
    /// <summary>
    /// graphql-js's <c>getIntrospectionQuery</c> with every option (descriptions, specifiedByUrl,
    /// directiveIsRepeatable, schemaDescription, inputValueDeprecation, oneOf) and type references
    /// nine <c>ofType</c> deep (graphql-js 17's default; 16 and Banana Cake Pop nest fewer).
    /// </summary>
    public static string GraphQLJsFull(bool allOptions = true) => $$"""
        query IntrospectionQuery {
          __schema {
            {{(allOptions ? "description" : "")}}
            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types { ...FullType }
            directives {
              name
              description
              {{(allOptions ? "isRepeatable" : "")}}
              locations
              args{{(allOptions ? "(includeDeprecated: true)" : "")}} { ...InputValue }
            }
          }
        }
        fragment FullType on __Type {
          kind
          name
          description
          {{(allOptions ? "specifiedByURL isOneOf" : "")}}
          fields(includeDeprecated: true) {
            name
            description
            args{{(allOptions ? "(includeDeprecated: true)" : "")}} { ...InputValue }
            type { ...TypeRef }
            isDeprecated
            deprecationReason
          }
          inputFields{{(allOptions ? "(includeDeprecated: true)" : "")}} { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
          {{(allOptions ? "isDeprecated deprecationReason" : "")}}
        }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
            ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
        }
        """;

    /// <summary>Banana Cake Pop's capability probes, each sent before its introspection query (taken from its bundle).</summary>
    public static readonly string[] BananaCakePopProbes =
    [
        "query IntrospectionQuery { __type(name: \"__Directive\") { name fields { name } } }",
        "query IntrospectionQuery { __type(name: \"__InputValue\") { fields { name } } }",
        "query IntrospectionQuery { __type(name: \"__Schema\") { name fields { name } } }",
        "query IntrospectionQuery { __type(name: \"__Type\") { name fields { name } } }",
    ];

    /// <summary>The 196-byte bomb: every type's interfaces' possible types' interfaces…, the whole schema under itself.</summary>
    public static readonly string NestedSchemaBomb =
        "{ __schema { types { " + string.Concat(Enumerable.Repeat("interfaces { possibleTypes { ", 5)) + "name" + new string('}', 12) + " }";
}

using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.GraphQL;

/// <summary>
/// The GraphQL specification, exactly (issue 12 §6): the introspection query graphql-js 16 sends with
/// every option on — getIntrospectionQuery({ descriptions: true, specifiedByUrl: true,
/// directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }) — succeeds.
/// </summary>
public abstract class IntrospectionTests(HubApiHost host) : HubApiTest(host)
{
    // The document as graphql-js 16 prints it with every option on.
    private const string FullIntrospection = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types {
              ...FullType
            }
            directives {
              name
              description
              isRepeatable
              locations
              args(includeDeprecated: true) {
                ...InputValue
              }
            }
          }
        }

        fragment FullType on __Type {
          kind
          name
          description
          specifiedByURL
          fields(includeDeprecated: true) {
            name
            description
            args(includeDeprecated: true) {
              ...InputValue
            }
            type {
              ...TypeRef
            }
            isDeprecated
            deprecationReason
          }
          inputFields(includeDeprecated: true) {
            ...InputValue
          }
          interfaces {
            ...TypeRef
          }
          enumValues(includeDeprecated: true) {
            name
            description
            isDeprecated
            deprecationReason
          }
          possibleTypes {
            ...TypeRef
          }
        }

        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
          isDeprecated
          deprecationReason
        }

        fragment TypeRef on __Type {
          kind
          name
          ofType {
            kind
            name
            ofType {
              kind
              name
              ofType {
                kind
                name
                ofType {
                  kind
                  name
                  ofType {
                    kind
                    name
                    ofType {
                      kind
                      name
                      ofType {
                        kind
                        name
                        ofType {
                          kind
                          name
                          ofType {
                            kind
                            name
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task The_graphql_js_introspection_query_with_every_option_succeeds()
    {
        var schema = (await Host.CreateClient().DataAsync(FullIntrospection)).At("__schema");

        var types = schema.At("types").EnumerateArray().ToDictionary(t => t.At("name").GetString()!);
        Assert.Equal("https://scalars.graphql.org/andimarek/local-date.html", types["DateOnly"].At("specifiedByURL").GetString());
        Assert.All(new[] { "DateOnly", "DateTimeOffset", "Decimal", "Long" }, name => Assert.StartsWith("https://", types[name].At("specifiedByURL").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, types["String"].At("specifiedByURL").ValueKind);
        Assert.Contains(schema.At("directives").EnumerateArray(), d => d.At("name").GetString() == "specifiedBy" && !d.At("isRepeatable").GetBoolean());
        Assert.False(string.IsNullOrEmpty(schema.At("description").GetString()));
    }
}

[Collection(HubApiCollection.Name)]
public sealed class SqliteIntrospectionTests(HubApiFactory host) : IntrospectionTests(host);

[Collection(PostgresHubApiCollection.Name)]
public sealed class PostgresIntrospectionTests(PostgresHubApiFactory host) : IntrospectionTests(host);

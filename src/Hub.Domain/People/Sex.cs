namespace Hub.Domain.People;

public enum Sex
{
    Male,
    Female,
}

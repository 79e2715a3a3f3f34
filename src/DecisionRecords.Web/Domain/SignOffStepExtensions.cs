namespace DecisionRecords.Web.Domain;

public static class SignOffStepExtensions
{
    public static string DisplayName(this SignOffStep step) => step switch
    {
        SignOffStep.Advice => "Chief Executive or Chief Finance Officer",
        SignOffStep.Determination => "Monitoring Officer",
        SignOffStep.Decision => "Police and Crime Commissioner",
        _ => step.ToString(),
    };
}

using DecisionRecords.Web.Domain;

namespace DecisionRecords.Tests.Domain;

public class DecisionReferenceTests
{
    [Theory]
    [InlineData("EXE0003/20", "EXE0003-20")]
    [InlineData("EXE0019-24", "EXE0019-24")]
    [InlineData(" exe0005-21 ", "EXE0005-21")]
    [InlineData("EXE 0003 / 20", "EXE-0003-20")]
    public void ToSlug_LegacyAndCurrentForms_ShareOneUrl(string reference, string slug) =>
        Assert.Equal(slug, DecisionReference.ToSlug(reference));
}

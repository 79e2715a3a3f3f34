using DecisionRecords.Web.Domain;

namespace DecisionRecords.Tests.Domain;

public class MoneyTests
{
    [Theory]
    [InlineData("£1,234.50", 123450)]
    [InlineData("1234.5", 123450)]
    [InlineData("1,234", 123400)]
    [InlineData("£ 97,905.01", 9790501)]
    [InlineData("0", 0)]
    [InlineData("£0.00", 0)]
    [InlineData("4,395,961", 439596100)]
    [InlineData(" 2,488.25 ", 248825)]
    public void TryParsePence_AcceptedForms_ReturnExactPence(string input, long expected)
    {
        Assert.True(Money.TryParsePence(input, out var pence));
        Assert.Equal(expected, pence);
    }

    [Theory]
    [InlineData("£148,000,00")]
    [InlineData("1,23")]
    [InlineData("12,3456")]
    [InlineData("1.234")]
    [InlineData("-5")]
    [InlineData("£")]
    [InlineData("abc")]
    [InlineData("£3,500.00.")]
    [InlineData("1e5")]
    [InlineData("")]
    [InlineData("9999999999999999")]
    public void TryParsePence_OtherText_IsRejected(string input) =>
        Assert.False(Money.TryParsePence(input, out _));

    [Fact]
    public void Format_UsesPoundsWithThousandsSeparatorsAndPence()
    {
        Assert.Equal("£4,395,961.00", Money.Format(439596100));
        Assert.Equal("£2,488.25", Money.Format(248825));
        Assert.Equal("£0.00", Money.Format(0));
    }

    [Fact]
    public void FormatForInput_RoundTripsThroughParse()
    {
        foreach (var pence in new long[] { 0, 5, 248825, 439596100, 9790501 })
        {
            Assert.True(Money.TryParsePence(Money.FormatForInput(pence), out var back));
            Assert.Equal(pence, back);
        }
    }
}

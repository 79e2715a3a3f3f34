using DecisionRecords.Web.Domain;

namespace DecisionRecords.Tests.Domain;

public class FinancialYearTests
{
    [Theory]
    [InlineData("2024/25", "2024/25")]
    [InlineData("2024-25", "2024/25")]
    [InlineData("2024/2025", "2024/25")]
    [InlineData(" 1999/00 ", "1999/00")]
    public void TryNormalise_ConsecutiveYears_ReturnsCanonicalForm(string input, string expected)
    {
        Assert.True(FinancialYear.TryNormalise(input, out var normalised));
        Assert.Equal(expected, normalised);
    }

    [Theory]
    [InlineData("2024/26")]
    [InlineData("2024")]
    [InlineData("24/25")]
    [InlineData("2024/2026")]
    [InlineData("FY2024")]
    [InlineData("")]
    public void TryNormalise_NotAFinancialYear_IsRejected(string input) =>
        Assert.False(FinancialYear.TryNormalise(input, out _));

    [Theory]
    [InlineData(2020, 2, 18, "2019/20")]
    [InlineData(2020, 3, 31, "2019/20")]
    [InlineData(2020, 4, 1, "2020/21")]
    public void Containing_RunsFromAprilToMarch(int year, int month, int day, string expected) =>
        Assert.Equal(expected, FinancialYear.Containing(new DateOnly(year, month, day)));
}

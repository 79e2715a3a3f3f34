using DecisionRecords.Web.Services.Import;

namespace DecisionRecords.Tests.Services.Import;

public class ImportTextTests
{
    [Theory]
    [InlineData("9/7/2024", 2024, 7, 9)]
    [InlineData("09/07/24", 2024, 7, 9)]
    [InlineData("9.7.24", 2024, 7, 9)]
    [InlineData("09.07.2024", 2024, 7, 9)]
    [InlineData("9-7-2024", 2024, 7, 9)]
    [InlineData("31/3/20", 2020, 3, 31)]
    [InlineData("31st October 2017", 2017, 10, 31)]
    [InlineData("1st of March 2021", 2021, 3, 1)]
    [InlineData("2 Oct. 2017", 2017, 10, 2)]
    [InlineData("22nd Sept 2019", 2019, 9, 22)]
    [InlineData("October 31, 2017", 2017, 10, 31)]
    [InlineData("Oct 3rd 2017", 2017, 10, 3)]
    [InlineData("Tuesday 9 July 2024", 2024, 7, 9)]
    [InlineData("Tuesday, 9th July 2024", 2024, 7, 9)]
    [InlineData("Tue, 9 Jul 2024", 2024, 7, 9)]
    [InlineData("Wednesday 09/07/2024", 2024, 7, 9)]
    [InlineData("18th February 2020 (received by email)", 2020, 2, 18)]
    [InlineData("23.11.98", 1998, 11, 23)]
    public void ParseDate_ReadsTheFormsUkBodiesWrite(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), ImportText.ParseDate(text));

    [Theory]
    [InlineData("")]
    [InlineData("TBC")]
    [InlineData("31/2/2024")]
    [InlineData("13/13/2024")]
    [InlineData("2024")]
    [InlineData("Smarch 3, 2020")]
    [InlineData("9.7/2024")]
    public void ParseDate_WhatIsNotADate_IsNotOne(string text) => Assert.Null(ImportText.ParseDate(text));

    [Theory]
    [InlineData("£1,234.50", 123_450)]
    [InlineData("1234.5", 123_450)]
    [InlineData("1,234", 123_400)]
    [InlineData("£ 12,500", 1_250_000)]
    [InlineData("(1,000)", -100_000)]
    [InlineData("(£2,500.00)", -250_000)]
    [InlineData("-£750", -75_000)]
    [InlineData("£3,500.00.", 350_000)]
    public void TryParseAmount_ReadsAmountsWithOrWithoutPoundsCommasAndPence(string cell, long pence)
    {
        Assert.True(ImportText.TryParseAmount(cell, out var read, out var note));
        Assert.Equal(pence, read);
        Assert.Null(note);
    }

    [Fact]
    public void TryParseAmount_ACommaForAPoint_IsReadAndSaidSo()
    {
        Assert.True(ImportText.TryParseAmount("£148,000,00", out var pence, out var note));
        Assert.Equal(148_000_00, pence);
        Assert.Equal("\"£148,000,00\" read as £148,000.00", note);
    }

    [Theory]
    [InlineData("nil")]
    [InlineData("Nil")]
    [InlineData("-")]
    [InlineData("–")]
    [InlineData("n/a")]
    public void IsNil_ABlankWrittenAsAWord_HasNoAmount(string cell)
    {
        Assert.True(ImportText.IsNil(cell));
        Assert.False(ImportText.TryParseAmount(cell, out _, out _));
    }

    [Theory]
    [InlineData("2,500.5O")]
    [InlineData("about £5k")]
    public void TryParseAmount_WhatIsNotAnAmount_IsNotOne(string cell) => Assert.False(ImportText.TryParseAmount(cell, out _, out _));
}

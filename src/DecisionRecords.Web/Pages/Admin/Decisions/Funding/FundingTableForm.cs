using DecisionRecords.Web.Domain;
using FluentValidation;

namespace DecisionRecords.Web.Pages.Admin.Decisions.Funding;

/// <summary>A funding table as typed, every cell a string, so that nothing is lost when a cell is wrong.</summary>
public class FundingTableForm
{
    public string? Caption { get; set; }

    /// <summary>A <see cref="TableRole"/> name: what the table's figures are to the decision.</summary>
    public string? Role { get; set; } = nameof(TableRole.Commitment);

    /// <summary>For a breakdown: what it breaks down, in words.</summary>
    public string? BreakdownOf { get; set; }

    /// <summary>A <see cref="TablePlacement"/> name: where the table stands in the record.</summary>
    public string? Placement { get; set; } = nameof(TablePlacement.Recommendations);

    /// <summary>The unit the amounts are typed in, as <see cref="AmountUnit.Drafting"/> writes it: blank for pounds, "£000s", "£m".</summary>
    public string? Unit { get; set; } = "";

    public List<string?> Years { get; set; } = [];

    /// <summary>For a commitment, whether each year column counts towards the value of the decision, by the index of the year.</summary>
    public List<bool> YearCounts { get; set; } = [];

    public List<string?> AmountHeadings { get; set; } = [];

    public List<string?> Columns { get; set; } = [];

    public int AmountColumnsAt { get; set; }

    public List<LineForm> Lines { get; set; } = [];

    /// <summary>Rows copied from a spreadsheet or Word table, one line each, cells separated by tabs.</summary>
    public string? Paste { get; set; }

    public int Version { get; set; }

    /// <param name="firstYear">The record's own financial year: that of its date, or of today where it has none yet.</param>
    public static FundingTableForm New(int version, string firstYear) => new()
    {
        Caption = "",
        Years = [firstYear],
        YearCounts = [true],
        AmountHeadings = [""],
        Columns = ["Description"],
        AmountColumnsAt = 1,
        Lines = [new LineForm { Texts = [""], Amounts = [""] }],
        Version = version,
    };

    public static FundingTableForm From(FundingTable table, int version)
    {
        var unit = table.Units.FirstOrDefault(u => u.Length > 0) ?? "";
        return new()
        {
            Caption = table.Caption,
            Unit = unit,
            Role = (table.Role ?? TableRole.Commitment).ToString(),
            BreakdownOf = table.BreakdownOf,
            Placement = table.Placement.ToString(),
            Years = table.FinancialYears.Select(y => (string?)y).ToList(),
            YearCounts = table.FinancialYears.Select(y => table.Role != TableRole.Commitment || table.CountedYears.Contains(y)).ToList(),
            AmountHeadings = table.FinancialYears.Select((_, i) => (string?)(i < table.AmountHeadings.Count ? table.AmountHeadings[i] : "")).ToList(),
            Columns = table.TextColumns.Select(c => (string?)c).ToList(),
            AmountColumnsAt = table.AmountColumnsAt,
            Lines = table.OrderedLines.Select(l => new LineForm
            {
                Group = l.Group,
                Texts = table.TextColumns.Select((_, i) => (string?)l.Text(i)).ToList(),
                Amounts = table.ColumnKeys().Select(k => table.LineAmount(l, k) is { } p ? FormatAmount(p, unit) : null).ToList(),
            }).ToList(),
            Version = version,
        };
    }

    private static string FormatAmount(long pence, string unit) => AmountUnit.Scale(unit) == 1 ? Money.FormatForInput(pence) : AmountUnit.Format(pence, unit);

    /// <summary>Reads an amount as typed in the table's unit.</summary>
    public static bool TryParseAmount(string? text, string? unit, out long pence)
    {
        pence = 0;
        return !string.IsNullOrWhiteSpace(text) && (AmountUnit.Scale(unit) == 1 ? Money.TryParseSignedPence(text, out pence) : AmountUnit.TryParse(text.Trim(), unit, out pence));
    }

    /// <summary>Pads every line to the table's columns, so a posted form always has a cell for each column.</summary>
    public void Normalise()
    {
        AmountHeadings = Years.Select((_, i) => i < AmountHeadings.Count ? AmountHeadings[i] : "").ToList();
        YearCounts = Years.Select((_, i) => i >= YearCounts.Count || YearCounts[i]).ToList();
        AmountColumnsAt = Math.Clamp(AmountColumnsAt, 0, Columns.Count);
        foreach (var line in Lines)
        {
            line.Texts = Columns.Select((_, i) => i < line.Texts.Count ? line.Texts[i] : "").ToList();
            line.Amounts = Years.Select((_, i) => i < line.Amounts.Count ? line.Amounts[i] : "").ToList();
        }
    }

    public FundingTableEdit ToEdit()
    {
        var years = Years.Select(y => FinancialYear.TryNormalise(y, out var n) ? n : throw new InvalidOperationException("Validate first")).ToList();
        var lines = Lines.Where(l => !l.IsBlank).Select(l => new FundingLineInput(
            l.Group,
            l.Texts.Select(t => t ?? "").ToList(),
            l.Amounts.Select((a, i) => (Year: years[i], Text: a))
                .Where(a => !string.IsNullOrWhiteSpace(a.Text))
                .Select(a => new FundingAmountInput(a.Year, TryParseAmount(a.Text, Unit, out var p) ? p : throw new InvalidOperationException("Validate first"),
                    AmountUnit.Scale(Unit) == 1 ? null : a.Text!.Trim()))
                .ToList())).ToList();
        var role = Enum.Parse<TableRole>(Role!);
        return new FundingTableEdit(Caption!.Trim(), role, Columns.Select(c => c!.Trim()).ToList(), years,
            AmountHeadings.Select(h => h?.Trim() ?? "").ToList(), AmountColumnsAt, lines)
        {
            Units = AmountUnit.Scale(Unit) == 1 ? [] : years.Select(_ => Unit!.Trim()).ToList(),
            CountedYears = role == TableRole.Commitment ? years.Where((_, i) => i >= YearCounts.Count || YearCounts[i]).ToList() : [],
            BreakdownOf = role == TableRole.Breakdown ? BreakdownOf?.Trim() : null,
            Placement = Enum.Parse<TablePlacement>(Placement!),
        };
    }

    public class LineForm
    {
        public string? Group { get; set; }

        public List<string?> Texts { get; set; } = [];

        public List<string?> Amounts { get; set; } = [];

        public bool IsBlank => string.IsNullOrWhiteSpace(Group) && Texts.All(string.IsNullOrWhiteSpace) && Amounts.All(string.IsNullOrWhiteSpace);
    }

    public class Validator : AbstractValidator<FundingTableForm>
    {
        public Validator()
        {
            RuleFor(x => x.Caption).NotEmpty().WithMessage("Enter a caption for the table, like Table 1")
                .MaximumLength(FundingTable.CaptionMaxLength).WithMessage($"Caption must be {FundingTable.CaptionMaxLength} characters or fewer");
            RuleFor(x => x.Role).Must(r => Enum.TryParse<TableRole>(r, out _) && !int.TryParse(r, out _))
                .WithMessage("Select what this table's figures are to the decision");
            RuleFor(x => x.BreakdownOf).NotEmpty().When(x => x.Role == nameof(TableRole.Breakdown))
                .WithMessage("Say what this table breaks down, like the Emergent issues line of Appendix A");
            RuleFor(x => x.BreakdownOf).MaximumLength(FundingTable.BreakdownOfMaxLength)
                .WithMessage($"What the table breaks down must be {FundingTable.BreakdownOfMaxLength} characters or fewer");
            RuleFor(x => x.Unit).Must(u => AmountUnit.Drafting.Any(d => d.Written == (u ?? "")))
                .WithMessage("Select the unit the amounts are in");
            RuleFor(x => x.Placement).Must(p => Enum.TryParse<TablePlacement>(p, out _) && !int.TryParse(p, out _))
                .WithMessage("Select where the table goes in the record");
            RuleFor(x => x).Custom(Check);
        }

        private static void Check(FundingTableForm form, ValidationContext<FundingTableForm> context)
        {
            // A hand-made post may leave cells out; every check below reads a cell per column.
            form.Normalise();
            if (form.Years.Count == 0)
            {
                context.AddFailure(nameof(Years), "Add at least one financial year column");
            }

            if (form.Years.Count > FundingTable.MaxYears)
            {
                context.AddFailure(nameof(Years), $"A table can have at most {FundingTable.MaxYears} financial years");
            }

            var seen = new HashSet<string>();
            for (var i = 0; i < form.Years.Count; i++)
            {
                if (!FinancialYear.TryNormalise(form.Years[i], out var year))
                {
                    context.AddFailure($"Years[{i}]", $"Enter financial year {i + 1} like 2024/25, with consecutive years");
                }
                else if (!seen.Add(year))
                {
                    context.AddFailure($"Years[{i}]", $"{year} appears more than once: each financial year can have only one column");
                }

                if (form.AmountHeadings[i]?.Length > FundingTable.HeadingMaxLength)
                {
                    context.AddFailure($"AmountHeadings[{i}]", $"Heading must be {FundingTable.HeadingMaxLength} characters or fewer");
                }
            }

            if (form.Role == nameof(TableRole.Commitment) && form.Years.Count > 0 && !form.YearCounts.Any(c => c))
            {
                context.AddFailure(nameof(YearCounts), "Select at least one year that counts towards the value of the decision");
            }

            if (form.Columns.Count == 0)
            {
                context.AddFailure(nameof(Columns), "Add at least one text column, such as Description");
            }

            if (form.Columns.Count > FundingTable.MaxTextColumns)
            {
                context.AddFailure(nameof(Columns), $"A table can have at most {FundingTable.MaxTextColumns} text columns");
            }

            for (var i = 0; i < form.Columns.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(form.Columns[i]))
                {
                    context.AddFailure($"Columns[{i}]", $"Enter a heading for text column {i + 1}");
                }
                else if (form.Columns[i]!.Length > FundingTable.HeadingMaxLength)
                {
                    context.AddFailure($"Columns[{i}]", $"Heading must be {FundingTable.HeadingMaxLength} characters or fewer");
                }
            }

            if (form.Lines.Count(l => !l.IsBlank) > FundingTable.MaxLines)
            {
                context.AddFailure(nameof(Lines), $"A table can have at most {FundingTable.MaxLines} lines");
            }

            for (var l = 0; l < form.Lines.Count; l++)
            {
                var line = form.Lines[l];
                if (line.Group?.Length > FundingLine.GroupMaxLength)
                {
                    context.AddFailure($"Lines[{l}].Group", $"Group on line {l + 1} must be {FundingLine.GroupMaxLength} characters or fewer");
                }

                for (var t = 0; t < line.Texts.Count; t++)
                {
                    if (line.Texts[t]?.Length > FundingLine.TextMaxLength)
                    {
                        context.AddFailure($"Lines[{l}].Texts[{t}]", $"{form.Columns[t]} on line {l + 1} must be {FundingLine.TextMaxLength:N0} characters or fewer");
                    }
                }

                for (var a = 0; a < line.Amounts.Count; a++)
                {
                    var text = line.Amounts[a];
                    if (!string.IsNullOrWhiteSpace(text) && !TryParseAmount(text, form.Unit, out _))
                    {
                        var year = FinancialYear.TryNormalise(form.Years[a], out var y) ? y : $"column {a + 1}";
                        context.AddFailure($"Lines[{l}].Amounts[{a}]", AmountUnit.Scale(form.Unit) == 1
                            ? $"Enter the {year} amount on line {l + 1} in pounds, like £1,234.50, 1234.5 or 1,234, or (500) for a credit"
                            : $"Enter the {year} amount on line {l + 1} in {AmountUnit.Describe(form.Unit)} ({form.Unit}), like 250 or 125.5, or (50) for a credit");
                    }
                }
            }
        }
    }
}

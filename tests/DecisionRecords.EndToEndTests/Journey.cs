using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace DecisionRecords.EndToEndTests;

/// <summary>
/// What a person does in the service, as page helpers. Every page the journey visits is checked with axe at a desktop
/// and a phone width, and its layout at 320, 390 and 1280 px.
/// </summary>
public sealed class Journey(BrowserApp app, IPage page, List<string> accessibilityProblems)
{
    public const int DesktopWidth = 1280;

    /// <summary>The narrowest width WCAG 1.4.10 asks for, a common phone, and a desktop.</summary>
    public static readonly int[] Widths = [320, 390, DesktopWidth];

    public IPage Page => page;

    public static async Task<Journey> StartAsync(BrowserApp app, List<string> problems)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl,
            AcceptDownloads = true,
            ViewportSize = new ViewportSize { Width = DesktopWidth, Height = 800 },
        });
        return new Journey(app, await context.NewPageAsync(), problems);
    }

    /// <param name="check">False for a page of a kind the journeys have already checked: it is only waited for.</param>
    public async Task GoAsync(string path, bool check = true)
    {
        await page.GotoAsync(path);
        await AfterAsync(check);
    }

    private Task AfterAsync(bool check) => check ? CheckAccessibilityAsync() : WaitForPageAsync();

    /// <summary>
    /// A click that navigates returns once the new page is committed; its scripts may not have run yet. A click that
    /// swaps part of the page returns at once; the part says it is busy until the new content is in place.
    /// The condition is polled in the page and carried over a navigation, where a wait for the load event can miss
    /// the event of a document committed during the click.
    /// </summary>
    public Task WaitForPageAsync() => page.WaitForFunctionAsync(
        "() => document.readyState === 'complete' && document.querySelector('[aria-busy=\"true\"]') === null",
        null,
        new PageWaitForFunctionOptions { Timeout = 60_000 });

    /// <summary>
    /// WCAG 2.0, 2.1 and 2.2, levels A and AA, at a phone and a desktop width (the layouts differ), and the layout at
    /// each of <see cref="Widths"/>: every problem is recorded against the page and width it was found at.
    /// </summary>
    public async Task CheckAccessibilityAsync()
    {
        await WaitForPageAsync();
        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, 800);
            foreach (var problem in await page.EvaluateAsync<string[]>(LayoutProblems))
            {
                accessibilityProblems.Add($"{page.Url} at {width} px: {problem}");
            }

            if (width != 320)
            {
                await RunAxeAsync(width);
            }
        }
    }

    private async Task RunAxeAsync(int width)
    {
        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
        });
        foreach (var violation in results.Violations)
        {
            accessibilityProblems.Add($"{page.Url} at {width} px: {violation.Id} ({violation.Impact}) {violation.Help}: {string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Html))}");
        }
    }

    /// <summary>
    /// WCAG 1.4.10 Reflow: the page never scrolls sideways. A table may be wider than its column, so every table shown
    /// sits in a scroll region that a keyboard can reach and a screen reader can name, and the region's cue is shown
    /// whenever the table does not fit.
    /// </summary>
    private const string LayoutProblems = """
        async () => {
          // The scroll cues follow a resize observer, which runs before the next frame is drawn.
          await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          const problems = [];
          const root = document.documentElement;
          if (root.scrollWidth > root.clientWidth + 1) {
            const wide = [...document.querySelectorAll("body *")]
              .filter(e => e.getBoundingClientRect().right > root.clientWidth + 1 && !e.closest("[role=region]"))
              .slice(-3).map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join(".")}`);
            problems.push(`the page scrolls sideways (${root.scrollWidth} px wide in ${root.clientWidth}): ${wide.join(", ")}`);
          }
          for (const table of document.querySelectorAll("table")) {
            if (table.getClientRects().length === 0) continue;
            const region = table.closest("[role=region]");
            const what = (table.caption?.textContent ?? table.textContent).trim().slice(0, 50);
            if (!region) { problems.push(`a table is not in a scroll region: ${what}`); continue; }
            const name = region.getAttribute("aria-label")
              ?? (region.getAttribute("aria-labelledby") ?? "").split(" ").map(id => document.getElementById(id)?.textContent ?? "").join(" ");
            if (!name.trim()) problems.push(`a table's scroll region has no name: ${what}`);
            if (region.tabIndex !== 0) problems.push(`a table's scroll region cannot be reached with the keyboard: ${what}`);
            if (!["auto", "scroll"].includes(getComputedStyle(region).overflowX)) problems.push(`a table's region does not scroll: ${what}`);
            const cue = region.previousElementSibling;
            if (region.scrollWidth > region.clientWidth + 1 && (!cue?.matches(".app-table-region__cue") || cue.hidden || cue.getClientRects().length === 0)) {
              problems.push(`a table wider than its column has no visible cue that it scrolls: ${what}`);
            }
          }
          return problems;
        }
        """;

    /// <summary>The page at a phone and a desktop width, kept beside the test results for people to look at.</summary>
    public async Task ScreenshotAsync(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        foreach (var width in new[] { 390, DesktopWidth })
        {
            await page.SetViewportSizeAsync(width, 800);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}-{width}.png"), FullPage = true });
        }
    }

    /// <summary>
    /// GOV.UK Frontend's conditional reveal puts aria-expanded on the radio or checkbox that reveals the question: the
    /// Design System's documented known issue, kept on purpose because screen readers announce it. That one attribute
    /// on that one kind of input is not counted; anything else on the same element still is.
    /// </summary>
    public async Task SignInAsync(string email, bool check = true)
    {
        await GoAsync("/account/sign-in", check);
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(BrowserApp.Password);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await AfterAsync(check);
    }

    public async Task ClickButtonAsync(string name, bool check = true)
    {
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).First.ClickAsync();
        await AfterAsync(check);
    }

    public async Task ClickLinkAsync(string name, bool check = true)
    {
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = name }).First.ClickAsync();
        await AfterAsync(check);
    }

    public Task FillAsync(string label, string value) => page.GetByLabel(label, new() { Exact = true }).FillAsync(value);

    public Task<string> MainTextAsync() => page.Locator("main").InnerTextAsync();

    /// <summary>Keeps a screenshot and the page's HTML when a journey fails, beside the test results.</summary>
    public async Task SaveEvidenceAsync(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "journey-failures");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
        await File.WriteAllTextAsync(Path.Combine(folder, $"{name}.html"), await page.ContentAsync());
    }

    public BrowserApp App => app;
}

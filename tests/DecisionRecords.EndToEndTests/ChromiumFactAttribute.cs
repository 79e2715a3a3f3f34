using DecisionRecords.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DecisionRecords.EndToEndTests;

public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(BrowserApp.ChromiumPath))
        {
            Skip = $"Chromium is not installed at {BrowserApp.ChromiumPath} (apt-get install chromium fonts-liberation, as .ci/run does).";
        }
    }
}

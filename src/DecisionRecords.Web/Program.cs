using DecisionRecords.Web;
using Serilog;

// A plain logger for start-up failures; the host builds its own, so several hosts in one process (tests) never share one.
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateLogger();

try
{
    var app = WebApp.Build(args);
    if (Commands.IsCommand(args))
    {
        return await Commands.RunAsync(app, args);
    }

    await WebApp.InitialiseDatabaseAsync(app);
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The application failed to start");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

public partial class Program;

using System.CommandLine;
using System.CommandLine.Help;
using SingleShot.Cli.Verbs;

namespace SingleShot.Cli;

/// <summary>Builds the <c>singleshot</c> command tree and runs it with one-line errors.</summary>
internal static class SingleShotCli
{
    /// <summary>Exit code for a command that ran and failed (bad input, failed check).</summary>
    public const int ExitFailure = 1;

    /// <summary>Exit code for a command line that does not parse.</summary>
    public const int ExitUsage = 2;

    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("SingleShot: single-shot object detection (the SSD family) for .NET.")
        {
            CommonOptions.Verbose,
            CommonOptions.Json,
            CommonOptions.Threads,
            CommonOptions.Seed,
        };
        root.SetAction(parse => new HelpAction().Invoke(parse));
        root.Subcommands.Add(VersionVerb.Create());
        root.Subcommands.Add(DemoVerb.Create());
        root.Subcommands.Add(InspectVerb.Create());
        root.Subcommands.Add(DataVerb.Create());
        root.Subcommands.Add(TrainVerb.Create());
        root.Subcommands.Add(EvalVerb.Create());
        return root;
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        RootCommand root = BuildRoot();
        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            string verb = parse.CommandResult.Command == root ? "" : " " + parse.CommandResult.Command.Name;
            string message = parse.UnmatchedTokens.Count > 0
                ? $"unknown command or argument '{parse.UnmatchedTokens[0]}'."
                : parse.Errors[0].Message;
            stderr.WriteLine($"error: {message} (see 'singleshot{verb} --help')");
            return ExitUsage;
        }

        var invocation = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            ApplyGlobalOptions(parse);
            return parse.Invoke(invocation);
        }
        catch (Exception e)
        {
            ReportError(e, parse.GetValue(CommonOptions.Verbose), stderr);
            return ExitFailure;
        }
    }

    private static void ApplyGlobalOptions(ParseResult parse)
    {
        int? threads = parse.GetValue(CommonOptions.Threads);
        if (threads is not null)
        {
            TorchRuntime.SetThreads(threads.Value);
        }

        long? seed = parse.GetValue(CommonOptions.Seed);
        if (seed is not null)
        {
            TorchRuntime.Seed(seed.Value);
        }
    }

    private static void ReportError(Exception e, bool verbose, TextWriter stderr)
    {
        if (verbose)
        {
            stderr.WriteLine($"error: {e}");
            return;
        }

        Exception inner = e is TypeInitializationException { InnerException: not null } ? e.InnerException : e;
        string message = inner.Message.ReplaceLineEndings(" ");
        stderr.WriteLine($"error: {message} (--verbose for details)");
    }
}

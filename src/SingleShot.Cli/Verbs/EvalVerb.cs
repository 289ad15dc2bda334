using System.CommandLine;
using System.CommandLine.Parsing;

namespace SingleShot.Cli.Verbs;

/// <summary>
/// <c>singleshot eval</c>: detection metrics with the protocol named. What is evaluated is chosen by the options
/// given (one <see cref="EvalMode"/> each); an incomplete or mixed combination is a usage error (exit code 2) that
/// names what is missing and shows the accepted forms.
/// </summary>
internal static class EvalVerb
{
    public static Command Create()
    {
        var shared = new EvalSharedOptions();
        EvalMode[] modes = [new EvalCocoFileMode(shared)];
        var command = new Command(
            "eval",
            "Compute detection metrics with the protocol named: COCO (identical to pycocotools COCOeval) of a results file against COCO ground truth. Forms: "
            + Forms(modes));
        foreach (Option option in shared.All.Concat(modes.SelectMany(mode => mode.OwnOptions)))
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            if (Check(result, modes, shared) is { } problem)
            {
                result.AddError(problem);
            }
        });
        command.SetAction(parse =>
        {
            EvalMode mode = modes.Single(m => m.IsSelected(parse.CommandResult));
            string metric = parse.GetValue(shared.Metric) ?? mode.Metrics[0];
            return mode.Run(parse, metric, parse.GetValue(CommonOptions.Json), parse.InvocationConfiguration.Output);
        });
        return command;
    }

    /// <summary>The usage problem of the command line, or null when exactly one mode is selected and complete.</summary>
    private static string? Check(CommandResult command, EvalMode[] modes, EvalSharedOptions shared)
    {
        string forms = Forms(modes);
        string[] known = [.. modes.SelectMany(mode => mode.Metrics).Distinct()];
        string? metric = command.GetValue(shared.Metric);
        if (metric is not null && !known.Contains(metric))
        {
            return $"--metric {metric} is unknown (known: {string.Join(", ", known)}); usage: {forms}";
        }

        EvalMode[] selected = [.. modes.Where(mode => mode.IsSelected(command))];
        if (selected.Length != 1)
        {
            string given = string.Join(" and ", selected.SelectMany(mode => mode.Selectors).Where(option => EvalSharedOptions.IsGiven(command, option)).Select(option => option.Name));
            return selected.Length == 0
                ? $"say what to evaluate against; usage: {forms}"
                : $"{given} select different evaluations; usage: {forms}";
        }

        EvalMode chosen = selected[0];
        string usage = $"usage: singleshot eval {chosen.Usage}";
        string selector = chosen.Selectors.First(option => EvalSharedOptions.IsGiven(command, option)).Name;
        IEnumerable<Option> allowed = chosen.OwnOptions.Concat(chosen.SharedOptions).Append(shared.Metric);
        Option? foreign = command.Command.Options.Where(option => EvalSharedOptions.IsGiven(command, option)).FirstOrDefault(option => !allowed.Contains(option) && !option.Recursive);
        Option? missing = chosen.Required.FirstOrDefault(option => !EvalSharedOptions.IsGiven(command, option));
        return
            foreign is not null ? $"{foreign.Name} does not go with {selector}; {usage}" :
            missing is not null ? $"{selector} needs {missing.Name}; {usage}" :
            metric is not null && !chosen.Metrics.Contains(metric) ? $"--metric {metric} does not go with {selector}, which computes {string.Join(" or ", chosen.Metrics)}; {usage}" :
            null;
    }

    private static string Forms(EvalMode[] modes) => string.Join(" | ", modes.Select(mode => "singleshot eval " + mode.Usage));
}

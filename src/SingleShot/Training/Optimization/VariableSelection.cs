using System.Globalization;
using System.Text.RegularExpressions;

namespace SingleShot.Training.Optimization;

/// <summary>
/// Which variables train and which are frozen, from TF OD API <c>update_trainable_variables</c> and
/// <c>freeze_variables</c> regular expressions, as TF's <c>filter_variables</c> does it: a variable is included when
/// the update list is empty or one of its patterns matches, then excluded when a freeze pattern matches. An empty
/// pattern matches every name (as in TF). A pattern that matches no variable at all is kept as a warning in
/// <see cref="UnmatchedPatterns"/>, never silently ignored.
/// <para>
/// Patterns are .NET regular expressions (<see cref="RegexOptions.CultureInvariant"/>), which agree with Python's
/// <c>re</c> for the usual syntax (literals, <c>.</c>, <c>*</c>, <c>+</c>, <c>?</c>, classes, groups, alternation,
/// anchors). Differences: Python's named groups <c>(?P&lt;name&gt;...)</c> and <c>(?P=name)</c> are translated to
/// .NET's <c>(?&lt;name&gt;...)</c> and <c>\k&lt;name&gt;</c>; Python's <c>\Z</c> (end of text) is .NET's <c>\z</c>
/// (.NET's <c>\Z</c> also allows a final newline, which names never contain); .NET accepts constructs Python
/// rejects (e.g. variable-length look-behind). TF matched <c>var.name</c>, which ends in <c>:0</c>; SingleShot names
/// do not, so a pattern ending in <c>$</c> matches here where it did not in TF.
/// </para>
/// Not responsible for applying the selection (the trainer hands <see cref="Trainable"/> to the optimizer).
/// </summary>
public sealed class VariableSelection
{
    private static readonly Regex s_pythonNamedGroup = new(@"(?<!\\)\(\?P<", RegexOptions.CultureInvariant);
    private static readonly Regex s_pythonBackReference = new(@"(?<!\\)\(\?P=(\w+)\)", RegexOptions.CultureInvariant);

    private VariableSelection(IReadOnlyList<string> trainable, IReadOnlyList<string> frozen, IReadOnlyList<string> unmatched)
    {
        Trainable = trainable;
        Frozen = frozen;
        UnmatchedPatterns = unmatched;
    }

    /// <summary>The variables to train, in the order given.</summary>
    public IReadOnlyList<string> Trainable { get; }

    /// <summary>The variables not to train, in the order given.</summary>
    public IReadOnlyList<string> Frozen { get; }

    /// <summary>Warnings, one per pattern that matches no variable, e.g. <c>freeze_variables[1] 'Foo' matches no variable</c>.</summary>
    public IReadOnlyList<string> UnmatchedPatterns { get; }

    /// <summary>Splits <paramref name="variableNames"/> into trainable and frozen.</summary>
    /// <param name="variableNames">Every trainable-by-default variable (parameter) name.</param>
    /// <param name="freezePatterns"><c>freeze_variables</c>: patterns of variables not to train.</param>
    /// <param name="updateTrainablePatterns"><c>update_trainable_variables</c>: patterns of variables to train; empty means all.</param>
    /// <param name="matching">How patterns match; TF1 <c>model_main.py</c>'s <see cref="VariablePatternMatching.Search"/> by default.</param>
    /// <exception cref="ArgumentException">A pattern is not a valid regular expression; the message names its list and index.</exception>
    public static VariableSelection Create(
        IReadOnlyList<string> variableNames,
        IReadOnlyList<string> freezePatterns,
        IReadOnlyList<string> updateTrainablePatterns,
        VariablePatternMatching matching = VariablePatternMatching.Search)
    {
        ArgumentNullException.ThrowIfNull(variableNames);
        Regex[] freeze = CompileAll(freezePatterns, "freeze_variables", nameof(freezePatterns));
        Regex[] update = CompileAll(updateTrainablePatterns, "update_trainable_variables", nameof(updateTrainablePatterns));
        var trainable = new List<string>();
        var frozen = new List<string>();
        foreach (string name in variableNames)
        {
            bool included = update.Length == 0 || update.Any(p => Matches(p, name, matching));
            bool excluded = freeze.Any(p => Matches(p, name, matching));
            (included && !excluded ? trainable : frozen).Add(name);
        }

        var unmatched = new List<string>();
        AddUnmatched(unmatched, "update_trainable_variables", updateTrainablePatterns, update, variableNames, matching);
        AddUnmatched(unmatched, "freeze_variables", freezePatterns, freeze, variableNames, matching);
        return new VariableSelection(trainable, frozen, unmatched);
    }

    /// <summary>
    /// Compiles one pattern the way <see cref="Create"/> does (Python group syntax translated, culture-invariant).
    /// </summary>
    /// <exception cref="ArgumentException">The pattern is not a valid regular expression.</exception>
    public static Regex Compile(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        string translated = s_pythonBackReference.Replace(s_pythonNamedGroup.Replace(pattern, "(?<"), @"\k<$1>");
        return new Regex(translated, RegexOptions.CultureInvariant);
    }

    private static bool Matches(Regex pattern, string name, VariablePatternMatching matching)
    {
        Match match = pattern.Match(name);
        return match.Success && (matching == VariablePatternMatching.Search || match.Index == 0);
    }

    private static Regex[] CompileAll(IReadOnlyList<string> patterns, string field, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(patterns, parameterName);
        var compiled = new Regex[patterns.Count];
        for (int i = 0; i < patterns.Count; i++)
        {
            try
            {
                compiled[i] = Compile(patterns[i]);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"{field}[{i}] '{patterns[i]}' is not a valid regular expression: {e.Message}"),
                    parameterName,
                    e);
            }
        }

        return compiled;
    }

    private static void AddUnmatched(
        List<string> warnings,
        string field,
        IReadOnlyList<string> patterns,
        Regex[] compiled,
        IReadOnlyList<string> names,
        VariablePatternMatching matching)
    {
        for (int i = 0; i < compiled.Length; i++)
        {
            if (!names.Any(n => Matches(compiled[i], n, matching)))
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{field}[{i}] '{patterns[i]}' matches no variable"));
            }
        }
    }
}

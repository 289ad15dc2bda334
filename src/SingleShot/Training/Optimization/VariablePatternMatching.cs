namespace SingleShot.Training.Optimization;

/// <summary>How a <c>freeze_variables</c> / <c>update_trainable_variables</c> pattern is matched against a variable name.</summary>
public enum VariablePatternMatching
{
    /// <summary>
    /// Python's <c>re.search</c>: the pattern may match anywhere in the name. This is what the TF1 OD API's
    /// <c>model_main.py</c> does (<c>model_lib</c> calls <c>slim.filter_variables</c>, whose <c>reg_search</c>
    /// defaults to true), the only TF entry point that reads both fields.
    /// </summary>
    Search,

    /// <summary>
    /// Python's <c>re.match</c>: the match must start at the first character (it may end anywhere). This is what
    /// the TF1 OD API's legacy <c>train.py</c> does for <c>freeze_variables</c>
    /// (<c>variables_helper.freeze_gradients_matching_regex</c>).
    /// </summary>
    Match,
}

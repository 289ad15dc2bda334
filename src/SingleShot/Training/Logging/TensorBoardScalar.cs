namespace SingleShot.Training.Logging;

/// <summary>One tagged scalar of a TensorBoard event (a summary value with <c>simple_value</c> set).</summary>
/// <param name="Tag">The series name, e.g. <c>loss/total</c>.</param>
/// <param name="Value">The value as stored: float32.</param>
public readonly record struct TensorBoardScalar(string Tag, float Value);

using System.Text.Json;
using SingleShot.Training.Optimization;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SingleShot.Tests.Training.Optimization;

/// <summary>
/// Four-step trajectories with a different learning rate per step, from tools/goldens/optim_make_goldens.py:
/// torch.optim.SGD(momentum, dampening 0) for the TF momentum update and torch.optim.AdamW run as references, and
/// numpy float32 transliterations of TF1's RMSProp and Adam update formulas (labelled so in the script; the first
/// steps are also checked by hand in <see cref="OptimizerHandComputedTests"/>). Some cases leave a parameter without
/// gradient at one step, which must be skipped.
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class OptimizerGoldenTests
{
    private const string GoldenPath = "Optimization/optimizers.json";

    [Theory]
    [InlineData("momentum")]
    [InlineData("adamw")]
    [InlineData("adamw_defaults")]
    [InlineData("rmsprop_tf1")]
    [InlineData("adam_tf1")]
    public void Trajectory_and_state_equal_the_reference(string name)
    {
        using IDisposable scope = NewDisposeScope();
        using GoldenFile golden = GoldenFile.Open(GoldenPath);
        JsonElement testCase = golden["cases"].EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
        var parameters = new List<(string Name, Parameter Parameter)>
        {
            ("a", new Parameter(Values(testCase.GetProperty("init").GetProperty("a")))),
            ("b", new Parameter(Values(testCase.GetProperty("init").GetProperty("b")))),
        };
        using TrainingOptimizer optimizer = Create(name, testCase.GetProperty("settings"), parameters);
        JsonElement[] grads = testCase.GetProperty("grads").EnumerateArray().ToArray();
        double[] rates = testCase.GetProperty("lrs").EnumerateArray().Select(r => r.GetDouble()).ToArray();
        JsonElement[] after = testCase.GetProperty("after").EnumerateArray().ToArray();
        for (int step = 0; step < rates.Length; step++)
        {
            optimizer.ZeroGrad();
            foreach ((string key, Parameter parameter) in parameters)
            {
                JsonElement grad = grads[step].GetProperty(key);
                if (grad.ValueKind != JsonValueKind.Null)
                {
                    parameter.grad = Values(grad);
                }
            }

            optimizer.Step(rates[step]);
            foreach ((string key, Parameter parameter) in parameters)
            {
                TensorAssert.Close(Values(after[step].GetProperty(key)), parameter, 2e-6);
            }
        }

        IReadOnlyDictionary<string, Tensor> state = optimizer.State();
        Assert.Equal(rates.Length, state[TrainingOptimizer.StepKey].item<long>());
        foreach (JsonProperty expected in testCase.GetProperty("state").EnumerateObject())
        {
            TensorAssert.Close(Values(expected.Value), state[expected.Name], 2e-6);
        }
    }

    private static TrainingOptimizer Create(string name, JsonElement settings, IReadOnlyList<(string Name, Parameter Parameter)> parameters)
    {
        double Setting(string key) => settings.GetProperty(key).GetDouble();
        return name switch
        {
            "momentum" => new MomentumOptimizer(parameters, Setting("momentum")),
            "rmsprop_tf1" => new RmsPropOptimizer(parameters, Setting("decay"), Setting("momentum"), Setting("epsilon")),
            "adam_tf1" => new AdamOptimizer(parameters, Setting("beta1"), Setting("beta2"), Setting("epsilon")),
            _ => new AdamWOptimizer(parameters, Setting("weight_decay"), Setting("beta1"), Setting("beta2"), Setting("epsilon")),
        };
    }

    private static Tensor Values(JsonElement element)
    {
        var shape = new List<long>();
        for (JsonElement probe = element; probe.ValueKind == JsonValueKind.Array; probe = probe[0])
        {
            shape.Add(probe.GetArrayLength());
        }

        double[] flat = element.ValueKind == JsonValueKind.Array && element[0].ValueKind == JsonValueKind.Array
            ? element.EnumerateArray().SelectMany(row => row.EnumerateArray()).Select(v => v.GetDouble()).ToArray()
            : element.EnumerateArray().Select(v => v.GetDouble()).ToArray();
        return tensor(flat, dtype: ScalarType.Float64).reshape(shape.ToArray()).to_type(ScalarType.Float32);
    }
}

using System.Globalization;
using System.Numerics;

namespace SingleShot.Evaluation.Coco;

/// <summary>Python's <c>'{:0.Nf}'.format(x)</c>: the exact binary value rounded half to even to N decimals.</summary>
internal static class PythonFormat
{
    /// <summary>Formats a finite <paramref name="value"/> with <paramref name="decimals"/> digits after the point.</summary>
    public static string Fixed(double value, int decimals)
    {
        if (!double.IsFinite(value))
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        // value = mantissa * 2^exponent exactly; scaled = |value| * 10^decimals as a fraction numerator / 2^shift.
        long bits = BitConverter.DoubleToInt64Bits(value);
        int biased = (int)((bits >> 52) & 0x7FF);
        long fraction = bits & 0xFFFFFFFFFFFFFL;
        BigInteger mantissa = biased == 0 ? fraction : fraction | (1L << 52);
        int exponent = (biased == 0 ? 1 : biased) - 1075;
        BigInteger numerator = mantissa * BigInteger.Pow(10, decimals);
        BigInteger rounded;
        if (exponent >= 0)
        {
            rounded = numerator << exponent;
        }
        else
        {
            BigInteger quotient = numerator >> -exponent;
            BigInteger twiceRemainder = (numerator - (quotient << -exponent)) << 1;
            BigInteger half = BigInteger.One << -exponent;
            bool up = twiceRemainder > half || (twiceRemainder == half && !quotient.IsEven);
            rounded = up ? quotient + 1 : quotient;
        }

        string digits = rounded.ToString(CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        string text = decimals == 0 ? digits : $"{digits[..^decimals]}.{digits[^decimals..]}";
        return value < 0 || (value == 0 && double.IsNegative(value)) ? "-" + text : text;
    }
}

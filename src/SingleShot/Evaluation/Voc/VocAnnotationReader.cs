using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using SingleShot.Data.Formats;

namespace SingleShot.Evaluation.Voc;

/// <summary>
/// Reads the objects of one Pascal VOC annotation XML file for evaluation: each top-level <c>object</c>'s
/// <c>name</c>, <c>difficult</c> (absent means 0) and <c>bndbox</c> exactly as written (pixels, not normalized, any
/// class name). The data reader <see cref="VocAnnotationParser"/> is not used because it normalizes boxes and needs a
/// label map. Problems name the file and line.
/// </summary>
internal static class VocAnnotationReader
{
    /// <summary>The objects of <paramref name="xmlPath"/>, in file order.</summary>
    public static IEnumerable<VocGroundTruthObject> Read(string xmlPath, string imageId)
    {
        XElement root = Load(xmlPath).Root!;
        return root.Elements("object").Select((element, index) => ReadObject(element, index, imageId, new ProblemLocation(xmlPath))).ToArray();
    }

    private static XDocument Load(string xmlPath)
    {
        try
        {
            XDocument document = XDocument.Load(xmlPath, LoadOptions.SetLineInfo);
            return document.Root?.Name.LocalName == "annotation"
                ? document
                : throw new ProblemLocation(xmlPath, null, LineOf(document.Root)).Error(DataProblemKind.MalformedAnnotation, "the root element is not <annotation>.");
        }
        catch (XmlException e)
        {
            throw new ProblemLocation(xmlPath, null, e.LineNumber > 0 ? e.LineNumber : null).Error(DataProblemKind.CorruptRecord, $"not valid XML: {e.Message}");
        }
    }

    private static VocGroundTruthObject ReadObject(XElement element, int index, string imageId, ProblemLocation file)
    {
        ProblemLocation at = file.AtLine(LineOf(element));
        string name = Text(element.Element("name")) ?? throw at.Error(DataProblemKind.MalformedAnnotation, $"object {index} has no <name>.");
        string what = $"object {index} ('{name}')";
        XElement box = element.Element("bndbox") ?? throw at.Error(DataProblemKind.MalformedAnnotation, $"{what} has no <bndbox>.");
        double xMin = Number(box, "xmin", at);
        double yMin = Number(box, "ymin", at);
        double xMax = Number(box, "xmax", at);
        double yMax = Number(box, "ymax", at);
        string? problem = VocRecordValidator.Box(xMin, yMin, xMax, yMax);
        if (problem is not null)
        {
            throw at.AtLine(LineOf(box)).Error(DataProblemKind.EmptyBox, $"{what}: {problem}");
        }

        return new VocGroundTruthObject(imageId, name, xMin, yMin, xMax, yMax, Difficult(element, at));
    }

    private static double Number(XElement parent, string name, ProblemLocation at)
    {
        XElement? element = parent.Element(name);
        string text = Text(element) ?? throw at.AtLine(LineOf(parent)).Error(DataProblemKind.MalformedAnnotation, $"<{parent.Name.LocalName}> has no <{name}>.");
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
            ? value
            : throw at.AtLine(LineOf(element)).Error(DataProblemKind.MalformedAnnotation, $"<{name}> must be a number, found '{text}'.");
    }

    private static bool Difficult(XElement parent, ProblemLocation at)
    {
        XElement? element = parent.Element("difficult");
        string? text = Text(element);
        return text switch
        {
            null or "0" => false,
            "1" => true,
            _ => throw at.AtLine(LineOf(element)).Error(DataProblemKind.MalformedAnnotation, $"<difficult> must be 0 or 1, found '{text}'."),
        };
    }

    private static string? Text(XElement? element)
    {
        string? text = element?.Value.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static int? LineOf(XObject? node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;
}

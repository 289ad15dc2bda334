using SingleShot.Data;
using SingleShot.Data.Formats;
using SingleShot.Evaluation.Coco;
using SingleShot.Evaluation.Voc;

namespace SingleShot.Evaluation;

/// <summary>
/// Computes the requested metric sets over evaluated images: COCO (pycocotools-exact, on COCO-style pixel boxes;
/// image ids are evaluation positions + 1, category ids the label map's ids, ground-truth <c>area</c> the dataset's
/// when given, else the box's) and Pascal VOC (the devkit's inclusive-pixel convention for VOC-format datasets,
/// continuous coordinates otherwise).
/// </summary>
public static class DetectionMetrics
{
    /// <summary>The metrics of <paramref name="images"/>.</summary>
    /// <param name="images">Evaluated images in evaluation order.</param>
    /// <param name="labelMap">The classes; detection and ground-truth class indices index into it.</param>
    /// <param name="sets">Which metric sets to compute.</param>
    /// <param name="vocPixelConvention">True for VOC-format data (the devkit's +1 pixel convention).</param>
    /// <param name="perCategory">Also name per-category COCO APs.</param>
    public static DetectionMetricsReport Compute(
        IReadOnlyList<EvaluatedImage> images, LabelMap labelMap, IReadOnlyList<MetricsSet> sets, bool vocPixelConvention, bool perCategory)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(labelMap);
        var named = new List<NamedMetric>();
        CocoMetrics? coco = null;
        VocMetrics? voc = null;
        VocMetrics? voc07 = null;
        if (sets.Contains(MetricsSet.CocoDetection))
        {
            coco = CocoEvaluator.Evaluate(CocoGroundTruthOf(images, labelMap), CocoDetectionsOf(images, labelMap));
            named.AddRange(coco.NamedMetrics(perCategory).Select(m => new NamedMetric(m.Name, m.Value)));
        }

        if (sets.Contains(MetricsSet.PascalVocDetection))
        {
            voc = Voc(images, labelMap, VocApMethod.Voc10Area, vocPixelConvention);
            named.AddRange(voc.NamedMetrics().Select(m => new NamedMetric(m.Key, m.Value)));
        }

        if (sets.Contains(MetricsSet.PascalVoc2007Detection))
        {
            voc07 = Voc(images, labelMap, VocApMethod.Voc07ElevenPoint, vocPixelConvention);
            named.AddRange(voc07.NamedMetrics().Select(m => new NamedMetric(m.Key.Replace("PascalBoxes", "PascalBoxes07", StringComparison.Ordinal), m.Value)));
        }

        return new DetectionMetricsReport(named, coco, voc, voc07);
    }

    /// <summary>The ground truth of <paramref name="images"/> as a COCO dataset (image id = index + 1).</summary>
    public static CocoGroundTruth CocoGroundTruthOf(IReadOnlyList<EvaluatedImage> images, LabelMap labelMap)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(labelMap);
        var annotations = new List<CocoAnnotation>();
        foreach (EvaluatedImage image in images)
        {
            foreach (GroundTruthBox box in image.GroundTruth)
            {
                (double x, double y, double w, double h) = PixelBoxes.ToCoco(box, image.Width, image.Height);
                annotations.Add(new CocoAnnotation(annotations.Count + 1, image.Index + 1, labelMap.Items[box.ClassIndex].Id, x, y, w, h, box.Area ?? (w * h), box.Crowd));
            }
        }

        return new CocoGroundTruth(
            images.Select(i => new CocoImage(i.Index + 1, i.Width, i.Height)).ToArray(),
            labelMap.Items.Select(c => new CocoCategory(c.Id, c.DisplayName.Length > 0 ? c.DisplayName : c.Name)).ToArray(),
            annotations);
    }

    /// <summary>The detections of <paramref name="images"/> as COCO results (the <c>export_path</c> format).</summary>
    public static IReadOnlyList<CocoDetection> CocoDetectionsOf(IReadOnlyList<EvaluatedImage> images, LabelMap labelMap)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(labelMap);
        return images
            .SelectMany(i => i.Detections
                .Where(d => d.ClassIndex < labelMap.Count)
                .Select(d => new CocoDetection(i.Index + 1, labelMap.Items[d.ClassIndex].Id, d.Score, d.XMin, d.YMin, d.XMax - d.XMin, d.YMax - d.YMin)))
            .ToArray();
    }

    private static VocMetrics Voc(IReadOnlyList<EvaluatedImage> images, LabelMap labelMap, VocApMethod method, bool pixelConvention)
    {
        var truth = new List<VocGroundTruthObject>();
        var detections = new List<VocDetection>();
        foreach (EvaluatedImage image in images)
        {
            string id = image.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (GroundTruthBox box in image.GroundTruth)
            {
                (double x1, double y1, double x2, double y2) = VocBox(box, image, pixelConvention);
                truth.Add(new VocGroundTruthObject(id, labelMap.Items[box.ClassIndex].Name, x1, y1, x2, y2, box.Difficult));
            }

            foreach (PixelDetection d in image.Detections.Where(d => d.ClassIndex < labelMap.Count))
            {
                var normalized = new GroundTruthBox(d.XMin / image.Width, d.YMin / image.Height, d.XMax / image.Width, d.YMax / image.Height, d.ClassIndex);
                (double x1, double y1, double x2, double y2) = VocBox(normalized, image, pixelConvention);
                detections.Add(new VocDetection(id, labelMap.Items[d.ClassIndex].Name, d.Score, x1, y1, x2, y2));
            }
        }

        return VocEvaluator.Evaluate(truth, detections, new VocEvaluationOptions
        {
            Method = method,
            InclusivePixelCoordinates = pixelConvention,
            ClassNames = labelMap.Items.Select(c => c.Name).ToArray(),
            ImageIds = images.Select(i => i.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
        });
    }

    private static (double X1, double Y1, double X2, double Y2) VocBox(GroundTruthBox box, EvaluatedImage image, bool pixelConvention)
    {
        if (pixelConvention)
        {
            return PixelBoxes.ToVoc(box, image.Width, image.Height);
        }

        return ((double)box.XMin * image.Width, (double)box.YMin * image.Height, (double)box.XMax * image.Width, (double)box.YMax * image.Height);
    }
}

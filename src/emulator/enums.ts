/**
 * The values Excel accepts for the enumerated properties the emulator implements, taken from
 * @types/office-js (Excel.PaperType, Excel.GeometricShapeType, …). A value outside its list makes
 * the sync fail with InvalidArgument, as Excel does.
 */
const words = (s: string): readonly string[] => s.trim().split(/\s+/);

export const GEOMETRIC_SHAPE_TYPES = words(`
LineInverse Triangle RightTriangle Rectangle Diamond Parallelogram Trapezoid NonIsoscelesTrapezoid Pentagon Hexagon Heptagon
Octagon Decagon Dodecagon Star4 Star5 Star6 Star7 Star8 Star10 Star12 Star16 Star24 Star32 RoundRectangle
Round1Rectangle Round2SameRectangle Round2DiagonalRectangle SnipRoundRectangle Snip1Rectangle Snip2SameRectangle Snip2DiagonalRectangle
Plaque Ellipse Teardrop HomePlate Chevron PieWedge Pie BlockArc Donut NoSmoking RightArrow LeftArrow UpArrow DownArrow
StripedRightArrow NotchedRightArrow BentUpArrow LeftRightArrow UpDownArrow LeftUpArrow LeftRightUpArrow QuadArrow LeftArrowCallout
RightArrowCallout UpArrowCallout DownArrowCallout LeftRightArrowCallout UpDownArrowCallout QuadArrowCallout BentArrow UturnArrow
CircularArrow LeftCircularArrow LeftRightCircularArrow CurvedRightArrow CurvedLeftArrow CurvedUpArrow CurvedDownArrow SwooshArrow
Cube Can LightningBolt Heart Sun Moon SmileyFace IrregularSeal1 IrregularSeal2 FoldedCorner Bevel Frame HalfFrame Corner
DiagonalStripe Chord Arc LeftBracket RightBracket LeftBrace RightBrace BracketPair BracePair Callout1 Callout2 Callout3
AccentCallout1 AccentCallout2 AccentCallout3 BorderCallout1 BorderCallout2 BorderCallout3 AccentBorderCallout1 AccentBorderCallout2
AccentBorderCallout3 WedgeRectCallout WedgeRRectCallout WedgeEllipseCallout CloudCallout Cloud Ribbon Ribbon2 EllipseRibbon
EllipseRibbon2 LeftRightRibbon VerticalScroll HorizontalScroll Wave DoubleWave Plus FlowChartProcess FlowChartDecision
FlowChartInputOutput FlowChartPredefinedProcess FlowChartInternalStorage FlowChartDocument FlowChartMultidocument FlowChartTerminator
FlowChartPreparation FlowChartManualInput FlowChartManualOperation FlowChartConnector FlowChartPunchedCard FlowChartPunchedTape
FlowChartSummingJunction FlowChartOr FlowChartCollate FlowChartSort FlowChartExtract FlowChartMerge FlowChartOfflineStorage
FlowChartOnlineStorage FlowChartMagneticTape FlowChartMagneticDisk FlowChartMagneticDrum FlowChartDisplay FlowChartDelay
FlowChartAlternateProcess FlowChartOffpageConnector ActionButtonBlank ActionButtonHome ActionButtonHelp ActionButtonInformation
ActionButtonForwardNext ActionButtonBackPrevious ActionButtonEnd ActionButtonBeginning ActionButtonReturn ActionButtonDocument
ActionButtonSound ActionButtonMovie Gear6 Gear9 Funnel MathPlus MathMinus MathMultiply MathDivide MathEqual MathNotEqual
CornerTabs SquareTabs PlaqueTabs ChartX ChartStar ChartPlus `);

export const PAPER_TYPES = words(`Letter LetterSmall Tabloid Ledger Legal Statement Executive A3 A4 A4Small A5 B4 B5 Folio Quatro
Paper10x14 Paper11x17 Note Envelope9 Envelope10 Envelope11 Envelope12 Envelope14 Csheet Dsheet Esheet EnvelopeDL EnvelopeC5 EnvelopeC3
EnvelopeC4 EnvelopeC6 EnvelopeC65 EnvelopeB4 EnvelopeB5 EnvelopeB6 EnvelopeItaly EnvelopeMonarch EnvelopePersonal FanfoldUS
FanfoldStdGerman FanfoldLegalGerman`);

export const CHART_TYPES = words(`ColumnClustered ColumnStacked ColumnStacked100 3DColumnClustered 3DColumnStacked 3DColumnStacked100
BarClustered BarStacked BarStacked100 3DBarClustered 3DBarStacked 3DBarStacked100 LineStacked LineStacked100 LineMarkers
LineMarkersStacked LineMarkersStacked100 PieOfPie PieExploded 3DPieExploded BarOfPie XYScatterSmooth XYScatterSmoothNoMarkers
XYScatterLines XYScatterLinesNoMarkers AreaStacked AreaStacked100 3DAreaStacked 3DAreaStacked100 DoughnutExploded RadarMarkers
RadarFilled Surface SurfaceWireframe SurfaceTopView SurfaceTopViewWireframe Bubble Bubble3DEffect StockHLC StockOHLC StockVHLC
StockVOHLC CylinderColClustered CylinderColStacked CylinderColStacked100 CylinderBarClustered CylinderBarStacked CylinderBarStacked100
CylinderCol ConeColClustered ConeColStacked ConeColStacked100 ConeBarClustered ConeBarStacked ConeBarStacked100 ConeCol
PyramidColClustered PyramidColStacked PyramidColStacked100 PyramidBarClustered PyramidBarStacked PyramidBarStacked100 PyramidCol
3DColumn Line 3DLine 3DPie Pie XYScatter 3DArea Area Doughnut Radar Histogram Boxwhisker Pareto RegionMap Treemap Waterfall
Sunburst Funnel`);

export const LEGEND_POSITIONS = words("Top Bottom Left Right Corner Custom");
export const CONDITIONAL_FORMAT_TYPES = words("Custom DataBar ColorScale IconSet TopBottom PresetCriteria ContainsText CellValue");
export const CELL_VALUE_OPERATORS = words("Between NotBetween EqualTo NotEqualTo GreaterThan LessThan GreaterThanOrEqual LessThanOrEqual");
export const TEXT_OPERATORS = words("Contains NotContains BeginsWith EndsWith");
export const DASH_STYLES = words("Dash DashDot DashDotDot LongDash LongDashDot RoundDot Solid SquareDot LongDashDotDot SystemDash SystemDot SystemDashDot");
export const BORDER_STYLES = words("None Continuous Dash DashDot DashDotDot Dot Double SlantDashDot");
export const BORDER_WEIGHTS = words("Hairline Thin Medium Thick");
export const BORDER_INDEXES = words("EdgeTop EdgeBottom EdgeLeft EdgeRight InsideVertical InsideHorizontal DiagonalDown DiagonalUp");
export const HORIZONTAL_ALIGNMENTS = words("General Left Center Right Fill Justify CenterAcrossSelection Distributed");
export const VERTICAL_ALIGNMENTS = words("Top Center Bottom Justify Distributed");
export const SHAPE_TEXT_HORIZONTAL = words("Left Center Right Justify JustifyLow Distributed ThaiDistributed");
export const SHAPE_TEXT_VERTICAL = words("Top Middle Bottom Justified Distributed");
export const UNDERLINE_STYLES = words("None Single Double SingleAccountant DoubleAccountant");
export const ARROWHEAD_STYLES = words("None Triangle Stealth Diamond Oval Open");
export const ARROWHEAD_SIZES = words("Short Medium Long Narrow Wide");
export const CONNECTOR_TYPES = words("Straight Elbow Curve");
export const SHEET_VISIBILITIES = words("Visible Hidden VeryHidden");
export const CALCULATION_MODES = words("Automatic AutomaticExceptTables Manual");
export const ORIENTATIONS = words("Portrait Landscape");
export const CLEAR_APPLY_TO = words("All Formats Contents Hyperlinks RemoveHyperlinks ResetContents");
export const SERIES_BY = words("Auto Columns Rows");

package vn.ct20.report.consolidation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ct20.platform.clock.BusinessDate;
import vn.ct20.platform.document.IssuingBodies;
import vn.ct20.platform.document.OfficialReport;
import vn.ct20.platform.document.OfficialReport.Column;
import vn.ct20.platform.document.OfficialReport.Row;
import vn.ct20.platform.document.VietnameseFormat;
import vn.ct20.platform.reference.ReferenceNames;
import vn.ct20.platform.security.UnitHierarchy;
import vn.ct20.report.filing.ReportContent;
import vn.ct20.report.loanfigures.LoanFigures;
import vn.ct20.report.period.Period;
import vn.ct20.report.planreplica.PlanReplicaDtos;
import vn.ct20.report.planreplica.PlanReplicas;

/**
 * The consolidated report as the document a labour department signs and sends up: issued by the
 * body the plans name to consolidate (Sở LĐTBXH for a province), to the bodies that issued the plans,
 * with the targets against actuals, the figures by indicator and by unit, task progress, VBSP loans,
 * and the difficulties and proposals quoted from the reports. Units, indicators and markets by name.
 */
@ApplicationScoped
public class ConsolidationDocument {
    private static final String DIRECTIVE = "Chỉ thị số 20-CT/TW ngày 12/12/2022 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng "
            + "đối với công tác đưa người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng";

    /** Up to this many counted units are named in the summary. */
    private static final int NAMED_IN_SUMMARY = 30;

    @Inject
    IssuingBodies bodies;

    @Inject
    PlanReplicas plans;

    @Inject
    BusinessDate businessDate;

    @Inject
    UnitHierarchy hierarchy;

    @Transactional
    public OfficialReport of(ConsolidatedReport report) {
        Period period = Period.parse(report.periodId());
        LocalDate at = period.cutOffTo();
        List<PlanReplicaDtos.AreaRegime> regimes = plans.regimesFor(report.unitCode(), period.year());
        String issuerCode = regimes.isEmpty() ? report.unitCode() : regimes.get(0).consolidatingUnitCode();
        IssuingBodies.Body body = bodies.of(issuerCode, businessDate.today());
        Map<String, String> directlyBelow = directlyBelow(report, at);
        Set<String> named = unitCodes(report);
        named.addAll(directlyBelow.values());
        Map<String, String> names = bodies.names(named, at);

        List<OfficialReport.Section> sections = new ArrayList<>();
        sections.add(new OfficialReport.Text("I. KẾT QUẢ THỰC HIỆN", List.of(summary(report, names))));
        sections.add(targets(report, names));
        sections.add(values(report, names));
        sections.add(unitTotals(report, directlyBelow, names));
        sections.add(tasks(report, names));
        sections.add(loans(report.loans()));
        sections.add(remarks("II. KHÓ KHĂN, VƯỚNG MẮC", report, names, true));
        sections.add(remarks("III. ĐỀ XUẤT, KIẾN NGHỊ", report, names, false));

        // Sent, as the document is dated today, to the bodies that issued the plans and the plans they implement.
        Set<String> superiors = new LinkedHashSet<>();
        regimes.forEach(r -> superiors.addAll(r.superiors()));
        Map<String, String> superiorNames = bodies.names(superiors, businessDate.today());
        Set<String> recipients = new LinkedHashSet<>();
        superiors.forEach(code -> recipients.add(superiorNames.get(code) + " (để báo cáo)"));
        if (recipients.isEmpty()) {
            // No plan names whom it answers to: the committee above, or for the country the Prime Minister.
            recipients.add(bodies.reportsTo(issuerCode, businessDate.today()).orElse("Thủ tướng Chính phủ") + " (để báo cáo)");
        }
        recipients.add("Lưu: VT");
        LocalDate today = businessDate.today();
        // A report made before its data cut-off says that its figures are those filed so far.
        List<String> periodLines = List.of("Kỳ báo cáo: " + VietnameseFormat.inSentence(period.label()),
                "(Số liệu từ ngày " + VietnameseFormat.date(period.cutOffFrom()) + " đến ngày " + VietnameseFormat.date(period.cutOffTo())
                        + (today.isBefore(period.cutOffTo()) ? "; tạm tổng hợp đến ngày " + VietnameseFormat.date(today) : "") + ")");
        String subject = "Tổng hợp kết quả thực hiện " + DIRECTIVE + " " + VietnameseFormat.overArea(names.get(report.unitCode()));
        return new OfficialReport(body.issuer(), body.place(), businessDate.today(), "BÁO CÁO", subject, periodLines, sections,
                List.copyOf(recipients), body.signature(), "bao-cao-tong-hop-" + report.unitCode() + "-" + report.periodId());
    }

    private static Set<String> unitCodes(ConsolidatedReport report) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(report.unitCode());
        report.reports().forEach(r -> codes.add(r.unitCode()));
        report.taskProgress().forEach(t -> {
            codes.add(t.unitCode());
            if (t.leadUnitCode() != null) {
                codes.add(t.leadUnitCode());
            }
        });
        report.targets().forEach(t -> t.shortfalls().forEach(s -> codes.add(s.unitCode())));
        report.values().forEach(v -> {
            if (v.breakdown() != null && v.breakdown().subUnit() != null) {
                codes.add(v.breakdown().subUnit());
            }
        });
        return codes;
    }

    private static String summary(ConsolidatedReport report, Map<String, String> names) {
        if (report.reports().isEmpty()) {
            return "Chưa có báo cáo nào của các đơn vị được chấp nhận trong kỳ; Biểu số 01 đến 04 chưa có số liệu báo cáo "
                    + "(số liệu cho vay tại Biểu số 05 do Ngân hàng Chính sách xã hội cung cấp).";
        }
        // A province names its few reporting units; a national report counts its thousands (they are in Biểu số 03).
        String counted = report.countedUnits().size() <= NAMED_IN_SUMMARY
                ? String.join(", ", report.countedUnits().stream().map(names::get).toList())
                : report.countedUnits().size() + " đơn vị (tổng hợp theo đơn vị tại Biểu số 03)";
        return "Tổng hợp từ " + report.reports().size() + " báo cáo đã được chấp nhận; số liệu được cộng từ báo cáo của: " + counted
                + " (báo cáo của đơn vị cấp dưới đã có trong báo cáo của đơn vị cấp trên không cộng trùng).";
    }

    private static OfficialReport.Table targets(ConsolidatedReport report, Map<String, String> names) {
        List<Row> rows = new ArrayList<>();
        for (ConsolidatedReport.TargetLine t : report.targets()) {
            // A range, or a floor with the aspiration the plan states ("phấn đấu từ 10% đến 15%"), reads as the plan words it.
            BigDecimal upper = t.valueTo() != null ? t.valueTo() : t.stretchValue();
            Object plan = upper == null ? t.value() : VietnameseFormat.decimal(t.value()) + " - " + VietnameseFormat.decimal(upper);
            String unitOfMeasure = t.measure().equals("TOTAL") ? ReferenceNames.indicator(t.indicatorCode()).unitOfMeasure() : "%";
            List<String> shortOf = t.shortfalls().stream().map(s -> names.get(s.unitCode())).toList();
            rows.add(Row.of(t.label(), unitOfMeasure, plan, t.actual(), t.attainmentPercent(), status(t.status()), String.join(", ", shortOf)));
        }
        return new OfficialReport.Table("Biểu số 01", "KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU CỦA KẾ HOẠCH", List.of(Column.text("Mục tiêu", 40),
                Column.text("Đơn vị tính", 8), Column.decimal("Kế hoạch", 11), Column.decimal("Thực hiện", 11),
                Column.decimal("Tỷ lệ so với kế hoạch (%)", 11), Column.text("Đánh giá", 12), Column.text("Đơn vị chưa đạt", 24)), rows);
    }

    private static OfficialReport.Table values(ConsolidatedReport report, Map<String, String> names) {
        List<Row> rows = new ArrayList<>();
        Map<String, List<ConsolidatedReport.IndicatorTotal>> byIndicator = new java.util.TreeMap<>(ReferenceNames.INDICATOR_ORDER);
        report.values().forEach(v -> byIndicator.computeIfAbsent(v.indicatorCode(), k -> new ArrayList<>()).add(v));
        byIndicator.forEach((code, lines) -> {
            ReferenceNames.Indicator indicator = ReferenceNames.indicator(code);
            for (ConsolidatedReport.IndicatorTotal v : lines) {
                if (v.breakdown() == null) {
                    rows.add(Row.of(indicator.name(), indicator.unitOfMeasure(), v.value()));
                }
            }
            for (ConsolidatedReport.IndicatorTotal v : lines) {
                if (v.breakdown() != null) {
                    rows.add(Row.detail("Trong đó: " + breakdown(v.breakdown(), names), indicator.unitOfMeasure(), v.value()));
                }
            }
        });
        return new OfficialReport.Table("Biểu số 02", "SỐ LIỆU TỔNG HỢP THEO CHỈ TIÊU",
                List.of(Column.text("Chỉ tiêu", 50), Column.text("Đơn vị tính", 10), Column.integer("Số lượng", 14)), rows);
    }

    static String breakdown(ReportContent.Breakdown b, Map<String, String> names) {
        List<String> parts = new ArrayList<>();
        if (b.market() != null) {
            parts.add("thị trường " + ReferenceNames.market(b.market()));
        }
        if (b.sex() != null) {
            parts.add(b.sex() == ReportContent.Sex.FEMALE ? "nữ" : "nam");
        }
        if (Boolean.TRUE.equals(b.ethnicMinority())) {
            parts.add("người dân tộc thiểu số");
        }
        if (Boolean.TRUE.equals(b.poorHousehold())) {
            parts.add("thuộc hộ nghèo");
        }
        if (b.subUnit() != null) {
            parts.add(names.getOrDefault(b.subUnit(), b.subUnit()));
        }
        return String.join(", ", parts);
    }

    /**
     * For each counted unit, the unit directly below the consolidated one that it lies in at the end
     * of the period (a commune's district); the unit itself when it is the consolidated one or no longer
     * lies below it.
     */
    private Map<String, String> directlyBelow(ConsolidatedReport report, LocalDate at) {
        Map<String, String> parentOf = new java.util.HashMap<>();
        hierarchy.descendants(report.unitCode(), at).forEach(d -> parentOf.put(d.code(), d.parentCode()));
        Map<String, String> below = new LinkedHashMap<>();
        for (String unit : report.countedUnits()) {
            String child = unit;
            for (int hop = 0; parentOf.containsKey(child) && !report.unitCode().equals(parentOf.get(child)) && hop < 12; hop++) {
                child = parentOf.get(child);
            }
            below.put(unit, child);
        }
        return below;
    }

    /**
     * The units directly below the consolidated one (rows: a province's districts and departments, the
     * country's provinces), each with the figures of the counted reports within it, against each
     * indicator reported (columns), and the total: a ministry reads 34 provinces, not 3,321 communes.
     */
    private static OfficialReport.Table unitTotals(ConsolidatedReport report, Map<String, String> directlyBelow, Map<String, String> names) {
        List<String> indicators = report.unitTotals().stream().map(ConsolidatedReport.UnitTotal::indicatorCode).distinct()
                .sorted(ReferenceNames.INDICATOR_ORDER).toList();
        Set<String> counted = Set.copyOf(report.countedUnits());
        Map<String, Map<String, BigDecimal>> byRow = new java.util.TreeMap<>(
                java.util.Comparator.comparing((String code) -> names.getOrDefault(code, code), VietnameseFormat.COLLATOR).thenComparing(c -> c));
        for (ConsolidatedReport.UnitTotal t : report.unitTotals()) {
            if (counted.contains(t.unitCode())) {
                byRow.computeIfAbsent(directlyBelow.getOrDefault(t.unitCode(), t.unitCode()), u -> new LinkedHashMap<>())
                        .merge(t.indicatorCode(), t.value(), BigDecimal::add);
            }
        }
        List<Row> rows = new ArrayList<>();
        BigDecimal[] totals = new BigDecimal[indicators.size()];
        byRow.forEach((unit, values) -> {
            List<Object> cells = new ArrayList<>();
            cells.add(names.getOrDefault(unit, unit));
            for (int i = 0; i < indicators.size(); i++) {
                BigDecimal value = values.get(indicators.get(i));
                cells.add(value);
                if (value != null) {
                    totals[i] = totals[i] == null ? value : totals[i].add(value);
                }
            }
            rows.add(new Row(OfficialReport.RowStyle.NORMAL, cells));
        });
        if (!rows.isEmpty()) {
            List<Object> total = new ArrayList<>();
            total.add("Tổng cộng");
            total.addAll(List.of((Object[]) totals));
            rows.add(new Row(OfficialReport.RowStyle.TOTAL, total));
        }
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("Đơn vị", 28));
        indicators.forEach(code -> {
            ReferenceNames.Indicator indicator = ReferenceNames.indicator(code);
            columns.add(Column.integer(indicator.name() + " (" + VietnameseFormat.inSentence(indicator.unitOfMeasure()) + ")", 16));
        });
        return new OfficialReport.Table("Biểu số 03", "SỐ LIỆU THEO ĐƠN VỊ", columns, rows);
    }

    private static OfficialReport.Table tasks(ConsolidatedReport report, Map<String, String> names) {
        List<Row> rows = new ArrayList<>();
        for (ConsolidatedReport.TaskLine t : report.taskProgress()) {
            String task = (t.number() == null ? "" : t.number() + ". ") + (t.title() == null ? "" : t.title());
            String lead = t.leadUnitCode() != null ? names.get(t.leadUnitCode()) : t.leadUnitKind() != null ? leadKind(t.leadUnitKind()) : "";
            rows.add(Row.of(names.get(t.unitCode()), task, lead, taskStatus(t.status()), t.narrative()));
        }
        return new OfficialReport.Table("Biểu số 04", "TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ", List.of(Column.text("Đơn vị báo cáo", 20),
                Column.text("Nhiệm vụ", 40), Column.text("Cơ quan chủ trì", 20), Column.text("Tình trạng", 13), Column.text("Kết quả thực hiện", 34)), rows);
    }

    private static OfficialReport.Table loans(LoanFigures.Figures loans) {
        List<Row> rows = new ArrayList<>();
        for (LoanFigures.Line l : loans.byMarket()) {
            rows.add(Row.of(l.marketCode() == null ? "Chưa xác định" : ReferenceNames.market(l.marketCode()), l.loansDisbursed(), l.disbursed(),
                    l.principalRepaid(), l.outstanding(), l.overdue()));
        }
        LoanFigures.Line t = loans.total();
        rows.add(Row.total("Tổng cộng", t.loansDisbursed(), t.disbursed(), t.principalRepaid(), t.outstanding(), t.overdue()));
        return new OfficialReport.Table("Biểu số 05", "CHO VAY NGƯỜI LAO ĐỘNG ĐI LÀM VIỆC Ở NƯỚC NGOÀI (NGÂN HÀNG CHÍNH SÁCH XÃ HỘI)",
                List.of(Column.text("Thị trường", 26), Column.integer("Số khoản vay giải ngân", 12), Column.integer("Doanh số cho vay (đồng)", 18),
                        Column.integer("Thu nợ gốc (đồng)", 18), Column.integer("Dư nợ (đồng)", 18), Column.integer("Nợ quá hạn (đồng)", 18)), rows);
    }

    private static OfficialReport.Text remarks(String heading, ConsolidatedReport report, Map<String, String> names, boolean difficulties) {
        List<String> paragraphs = new ArrayList<>();
        for (ConsolidatedReport.Remark r : report.remarks()) {
            String text = difficulties ? r.difficulties() : r.proposals();
            if (text != null) {
                paragraphs.add(names.get(r.unitCode()) + ": " + text);
            }
        }
        if (paragraphs.isEmpty()) {
            paragraphs.add("Các đơn vị không báo cáo nội dung này.");
        }
        return new OfficialReport.Text(heading, paragraphs);
    }

    static String status(ConsolidatedReport.TargetStatus status) {
        return switch (status) {
            case MET -> "Đạt";
            case NOT_MET -> "Không đạt";
            case NOT_YET_DUE -> "Chưa đến kỳ đánh giá";
            case NO_DATA -> "Chưa có số liệu";
        };
    }

    static String taskStatus(String status) {
        return switch (status) {
            case "NOT_STARTED" -> "Chưa triển khai";
            case "IN_PROGRESS" -> "Đang thực hiện";
            case "DONE" -> "Hoàn thành";
            default -> "Dừng thực hiện";
        };
    }

    private static String leadKind(String kind) {
        return switch (kind) {
            case "COMMUNE" -> "UBND các xã, phường, thị trấn";
            case "DISTRICT" -> "UBND các huyện, thị xã, thành phố";
            case "DEPARTMENT" -> "Các sở, ban, ngành";
            default -> "Các đơn vị";
        };
    }
}

package vn.ct20.plan.document;

/** The funding sources plans name for their budget (kinh phí, nguồn vốn). */
public enum FundingSource {
    NTP_SUSTAINABLE_POVERTY_REDUCTION("Chương trình mục tiêu quốc gia giảm nghèo bền vững",
            "National Target Programme for sustainable poverty reduction"),
    NTP_ETHNIC_MINORITY_MOUNTAINOUS("Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
            "National Target Programme for ethnic-minority and mountainous areas"),
    CENTRAL_LOAN_CAPITAL("Nguồn vốn trung ương cho vay hỗ trợ người lao động đi làm việc ở nước ngoài",
            "Central loan capital for workers going abroad"),
    NATIONAL_EMPLOYMENT_FUND("Quỹ quốc gia về việc làm", "National Employment Fund"),
    LOCAL_BUDGET_ENTRUSTED_VBSP("Ngân sách địa phương ủy thác qua Ngân hàng Chính sách xã hội",
            "Local budget entrusted to the Social Policy Bank"),
    STATE_BUDGET("Ngân sách nhà nước theo phân cấp", "State budget by budget level"),
    OTHER("Nguồn kinh phí lồng ghép và hợp pháp khác", "Other integrated and lawful sources");

    private final String nameVi;
    private final String nameEn;

    FundingSource(String nameVi, String nameEn) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public String nameVi() { return nameVi; }
    public String nameEn() { return nameEn; }
}

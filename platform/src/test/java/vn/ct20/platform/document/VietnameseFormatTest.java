package vn.ct20.platform.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VietnameseFormatTest {

    @Test
    void numbersTakeDotsBetweenThousandsAndACommaBeforeDecimals() {
        assertEquals("153.459.000.000", VietnameseFormat.integer(153_459_000_000L));
        assertEquals("-3,87", VietnameseFormat.decimal(new BigDecimal("-3.8709")));
        assertEquals("104", VietnameseFormat.decimal(new BigDecimal("104.0000")));
    }

    @Test
    void theDateLineWritesDaysBelowTenAndTheFirstTwoMonthsWithALeadingZero() {
        assertEquals("ngày 05 tháng 02 năm 2026", VietnameseFormat.dateInWords(LocalDate.of(2026, 2, 5)));
        assertEquals("ngày 29 tháng 11 năm 2026", VietnameseFormat.dateInWords(LocalDate.of(2026, 11, 29)));
        assertEquals("ngày 10 tháng 3 năm 2025", VietnameseFormat.dateInWords(LocalDate.of(2025, 3, 10)));
    }

    @Test
    void namesReadInASentenceWithTheirCommonNounLoweredAndProperNamesKept() {
        assertEquals("tỉnh Lạng Sơn", VietnameseFormat.inSentence("Tỉnh Lạng Sơn"));
        assertEquals("năm 2024", VietnameseFormat.inSentence("Năm 2024"));
        assertEquals("6 tháng đầu năm 2024", VietnameseFormat.inSentence("6 tháng đầu năm 2024"));
        assertEquals("Việt Nam", VietnameseFormat.inSentence("Việt Nam"));
        assertEquals("Xãhội", VietnameseFormat.inSentence("Xãhội"));
        assertEquals("trên phạm vi cả nước", VietnameseFormat.overArea("Việt Nam"));
        assertEquals("trên địa bàn huyện Phong Thổ", VietnameseFormat.overArea("Huyện Phong Thổ"));
    }

    @Test
    void theDateLineNamesThePlaceWithoutItsPrefixUnlessANumberOrAPersonNamesIt() {
        assertEquals("Lạng Sơn", VietnameseFormat.placeName("Tỉnh Lạng Sơn"));
        assertEquals("Phong Thổ", VietnameseFormat.placeName("Huyện Phong Thổ"));
        assertEquals("Thành phố Hồ Chí Minh", VietnameseFormat.placeName("Thành phố Hồ Chí Minh"));
        assertEquals("Quận 1", VietnameseFormat.placeName("Quận 1"));
        assertEquals("Hà Nội", VietnameseFormat.placeName("Thành phố Hà Nội"));
    }

    @Test
    void aBodyIsNamedWithoutItsAreaAndItsSymbolIsItsInitials() {
        assertEquals("Sở Lao động - Thương binh và Xã hội",
                IssuingBodies.withoutArea("Sở Lao động - Thương binh và Xã hội tỉnh Lạng Sơn", "Tỉnh Lạng Sơn"));
        assertEquals("SLĐTBXH", IssuingBodies.initials("Sở Lao động - Thương binh và Xã hội"));
        assertEquals("PLĐTBXH", IssuingBodies.initials("Phòng Lao động - Thương binh và Xã hội"));
    }
}

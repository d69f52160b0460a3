package org.attache.source;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MojibakeRepairTest {
    @Test
    void utf8ReadAsLatin1IsRepairedWhateverTheCharacter() {
        assertEquals("\u00A0This article", MojibakeRepair.repair("\u00C2\u00A0This article"));
        assertEquals("café in Málaga", MojibakeRepair.repair("cafÃ© in MÃ¡laga"));
    }

    @Test
    void utf8ReadAsWindows1252IsRepaired() {
        assertEquals("Iran’s", MojibakeRepair.repair("Iranâ€™s"));
    }

    @Test
    void correctLatinTextIsLeftAlone() {
        assertEquals("Málaga, Bogotá, Raúl Reyes", MojibakeRepair.repair("Málaga, Bogotá, Raúl Reyes"));
    }
}

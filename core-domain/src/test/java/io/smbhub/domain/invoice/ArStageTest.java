package io.smbhub.domain.invoice;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The reminder stage due after n days overdue, for 1-, 2- and 3-day schedules (issue 5 ar_stage)")
class ArStageTest {

    private static List<Integer> schedule(String days) {
        return Arrays.stream(days.split("/")).map(String::strip).map(Integer::valueOf).toList();
    }

    @ParameterizedTest(name = "schedule {0}, {1} days overdue → {2}")
    @CsvSource({
            "3/7/14, -1,  none",
            "3/7/14, 0,   none",
            "3/7/14, 2,   none",
            "3/7/14, 3,   REMINDER_1",
            "3/7/14, 6,   REMINDER_1",
            "3/7/14, 7,   REMINDER_2",
            "3/7/14, 13,  REMINDER_2",
            "3/7/14, 14,  FINAL",
            "3/7/14, 400, FINAL",
            "5/10,   4,   none",
            "5/10,   5,   REMINDER_1",
            "5/10,   9,   REMINDER_1",
            "5/10,   10,  FINAL",
            "1,      0,   none",
            "1,      1,   FINAL",
            "1,      30,  FINAL",
    })
    void theStageDueFollowsTheSchedule(String days, long overdue, String expected) {
        Optional<ArStage> due = ArStage.dueAt(overdue, schedule(days));

        if (expected.equals("none")) {
            assertThat(due).isEmpty();
        } else {
            assertThat(due).contains(ArStage.valueOf(expected));
        }
    }

    @ParameterizedTest(name = "entry {0} of {1} is {2}")
    @CsvSource({
            "0, 3, REMINDER_1",
            "1, 3, REMINDER_2",
            "2, 3, FINAL",
            "0, 2, REMINDER_1",
            "1, 2, FINAL",
            "0, 1, FINAL",
    })
    void theLastEntryIsAlwaysFinal(int index, int size, ArStage expected) {
        assertThat(ArStage.stageFor(index, size)).isEqualTo(expected);
    }
}

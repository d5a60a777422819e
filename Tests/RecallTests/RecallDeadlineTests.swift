import Recall
import Testing
import TraceModel

/// 食品召回管理办法 deadlines: hours to start, working days (Mon–Fri, +08:00) to finish.
struct RecallDeadlineTests {
    private func ms(_ text: String) -> Int64 { Timestamp(text)!.epochMilliseconds }

    @Test func startDeadlinesAre24To72Hours() {
        let at = ms("2026-11-27T20:40:00+08:00")
        #expect(RecallDeadlines.start(level: 1, noticeAt: at) == ms("2026-11-28T20:40:00+08:00"))
        #expect(RecallDeadlines.start(level: 2, noticeAt: at) == ms("2026-11-29T20:40:00+08:00"))
        #expect(RecallDeadlines.start(level: 3, noticeAt: at) == ms("2026-11-30T20:40:00+08:00"))
    }

    @Test func finishCountsWorkingDaysFromTheNextDay() {
        // Friday 2026-11-27: ten working days are Mon 30 Nov … Fri 11 Dec; the deadline is the end of that Friday.
        let friday = ms("2026-11-27T20:40:00+08:00")
        #expect(RecallDeadlines.finish(level: 1, noticeAt: friday) == ms("2026-12-12T00:00:00+08:00"))
        // Twenty working days: to Fri 25 Dec; thirty: to Fri 8 Jan.
        #expect(RecallDeadlines.finish(level: 2, noticeAt: friday) == ms("2026-12-26T00:00:00+08:00"))
        #expect(RecallDeadlines.finish(level: 3, noticeAt: friday) == ms("2027-01-09T00:00:00+08:00"))
        // A notice on Saturday night counts from Monday too; one at 23:30 +08:00 (15:30 UTC) is still Saturday locally.
        let saturday = ms("2026-11-28T23:30:00+08:00")
        #expect(RecallDeadlines.finish(level: 1, noticeAt: saturday) == ms("2026-12-12T00:00:00+08:00"))
        // Monday: Tue 1 Dec … Mon 14 Dec.
        let monday = ms("2026-11-30T09:00:00+08:00")
        #expect(RecallDeadlines.finish(level: 1, noticeAt: monday) == ms("2026-12-15T00:00:00+08:00"))
    }
}

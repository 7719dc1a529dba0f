import CaseloadCore
import CaseloadStore

/// The Employment tab's selection: one row per checkpoint, jobs newest first, months in order, so
/// `K` records (or corrects) the selected one and `C` / `E` correct or end its job.
extension ClientProfileState {
    struct CheckpointRow {
        var job: ProfileEmployment
        var checkpoint: Checkpoint
    }

    var checkpointRows: [CheckpointRow] {
        (data?.employments ?? []).flatMap { job in job.checkpoints.map { CheckpointRow(job: job, checkpoint: $0) } }
    }

    var selectedCheckpoint: CheckpointRow? {
        let rows = checkpointRows, i = list(.employment).selected
        return rows.indices.contains(i) ? rows[i] : nil
    }

    /// Selects the checkpoint with this id on the Employment tab; nil when it is not on file.
    mutating func selectCheckpoint(id: Int64) -> CheckpointRow? {
        let rows = checkpointRows
        guard let i = rows.firstIndex(where: { $0.checkpoint.id == id }) else { return nil }
        var list = list(.employment)
        list.select(i, itemCount: rows.count, visibleRows: visibleRows)
        lists[.employment] = list
        return rows[i]
    }

    /// Why `K` cannot record (or, once recorded, correct) a checkpoint now, or nil.
    var recordCheckpointRefusal: String? {
        if !role.allows(.editActionPlan) { return Permission.editActionPlan.refusal }
        if tab != .employment { return "open the Employment tab (7) and choose a checkpoint first" }
        guard selectedCheckpoint != nil else { return "no checkpoint to record: J records a job first" }
        return nil
    }

    /// Why `C` (correct the job) and `E` (end it) cannot act on the selected checkpoint's job now, or nil.
    var selectedJobRefusal: String? {
        if !role.allows(.editActionPlan) { return Permission.editActionPlan.refusal }
        if tab != .employment { return "open the Employment tab (7) and choose a job's checkpoint first" }
        guard selectedCheckpoint != nil else { return "no job to change: J records a job first" }
        return nil
    }
}

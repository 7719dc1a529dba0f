import CaseloadCore
import CaseloadStore

/// The Employment tab's selection: one row per checkpoint, jobs newest first, months in order, so
/// `K` records the selected one.
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

    /// Why `K` cannot record a checkpoint now, or nil.
    var recordCheckpointRefusal: String? {
        if !role.allows(.editActionPlan) { return Permission.editActionPlan.refusal }
        if tab != .employment { return "open the Employment tab (7) and choose a checkpoint first" }
        guard let row = selectedCheckpoint else { return "no checkpoint to record: J records a job first" }
        if let recorded = row.checkpoint.recordedOn { return "the \(row.checkpoint.month.label) checkpoint was recorded \(recorded.long)" }
        return nil
    }
}

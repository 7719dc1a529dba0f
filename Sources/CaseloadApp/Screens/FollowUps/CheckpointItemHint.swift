/// R-08 items are not completed with a note (issue #19): `c` on one opens the client's Employment tab,
/// where the checkpoint is recorded with its evidence.
extension FollowUpDialog {
    static let recordCheckpointHint = "Record the checkpoint with its evidence: select it, press K."
}

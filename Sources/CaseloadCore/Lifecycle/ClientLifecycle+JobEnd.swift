/// §3a: "a job that ends with checkpoints still due returns the client to `Active`". The status is
/// computed from all of the client's jobs (not toggled), so ending one job while another still runs
/// keeps `Monitoring`, and a corrected-away end (the job runs again) goes back to `Monitoring`.
extension ClientLifecycle {
    /// The status an open file should have after `changed` (one of `jobs`) got, lost or moved its end,
    /// with the reason to keep; nil when the status stays. Only `Active` and `Monitoring` files move: a
    /// referral waits for its assessment or plan, a closed file for reopening.
    public static func afterJobEndChanged(_ status: ClientStatus, changed: Employment, employer: String,
                                          jobs: [Employment], checkpoints: [Checkpoint]) -> (ClientStatus, String)? {
        guard status == .active || status == .monitoring else { return nil }
        let job = "\(employer) (\(changed.jobTitle))"
        if jobs.contains(where: { $0.endDate == nil }) {
            guard status != .monitoring else { return nil }
            let reason = changed.endDate == nil
                ? "Job end removed: \(job) runs again; checkpoints running"
                : "Job ended: \(job); another job's checkpoints still running"
            return (.monitoring, reason)
        }
        let unrecorded = Set(checkpoints.filter { $0.recordedOn == nil }.map(\.employmentID))
        guard status != .active, jobs.contains(where: { unrecorded.contains($0.id ?? -1) }) else { return nil }
        let end = changed.endDate.map { " \($0.long)" } ?? ""
        let why = changed.endReason.map { " (\($0))" } ?? ""
        return (.active, "Job ended: \(job)\(end)\(why) with checkpoints still due")
    }
}

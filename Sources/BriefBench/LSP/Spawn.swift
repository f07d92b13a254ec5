import Foundation

/// Starts programs with `posix_spawn` directly: Foundation's `Process` adds milliseconds of
/// its own (and polls for the exit), which would be charged to the server.
enum Spawn {
    /// Starts `path` with `arguments`; the child's descriptors 0, 1, 2 become `stdin`,
    /// `stdout`, `stderr` (nil: /dev/null). Every other descriptor of ours is close-on-exec.
    static func start(_ path: String, _ arguments: [String], stdin: Int32? = nil, stdout: Int32? = nil, stderr: Int32? = nil) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (source, target) in [(stdin, Int32(0)), (stdout, 1), (stderr, 2)] {
            if let source {
                posix_spawn_file_actions_adddup2(&actions, source, target)
            } else {
                posix_spawn_file_actions_addopen(&actions, target, "/dev/null", target == 0 ? O_RDONLY : O_WRONLY, 0)
            }
        }
        let argv = ([path] + arguments).map { strdup($0) }
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, path, &actions, nil, argv + [nil], environ)
        return status == 0 ? pid : nil
    }

    /// Waits for `pid` to end; its exit status, or nil when it was killed.
    @discardableResult
    static func wait(_ pid: pid_t) -> Int32? {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return nil }
        }
        // WIFEXITED / WEXITSTATUS, which Swift does not import as functions.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : nil
    }

    /// True once `pid` has ended (reaping it).
    static func hasEnded(_ pid: pid_t) -> Bool {
        var status: Int32 = 0
        return waitpid(pid, &status, WNOHANG) == pid
    }

    /// A pipe whose two ends are close-on-exec (the child gets its end through dup2).
    static func pipe() -> (read: Int32, write: Int32)? {
        var ends: [Int32] = [0, 0]
        guard Glibc.pipe(&ends) == 0 else { return nil }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return (ends[0], ends[1])
    }
}

//! Writing output files atomically.
//!
//! A notice that is half written, or a good previous version destroyed by a
//! failed run, is worse than no output: the data goes to a temporary file in
//! the same folder, is flushed to disk, and only then renamed over the target.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::Error;

/// The names of our temporary files: `.seloste-XXXXXX.tmp`.
const TEMP_PREFIX: &str = ".seloste-";
const TEMP_SUFFIX: &str = ".tmp";

/// How old a temporary file of ours must be before it is taken as left
/// behind by a run that was killed: far longer than any run writes one.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(3600);

/// Removes temporary files of our own pattern, left in `dir` by a run that
/// was killed before it could rename or delete them. Only files older than
/// [`STALE_AFTER`] go, so that a run writing beside this one is not harmed;
/// failures are ignored (the folder may not be ours to clean).
fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)) {
            continue;
        }
        let stale = entry
            .metadata()
            .ok()
            .filter(|m| m.is_file())
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > STALE_AFTER);
        if stale {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Writes `bytes` to `path` so that `path` is either untouched or complete.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    write_all_atomic(&[(path, bytes)])
}

/// Writes several files so that each is either untouched or complete, and
/// none is replaced before all are written: every temporary file is written
/// and flushed first, then they are renamed one after another. A full disk
/// or a failure on the third file leaves the first two as they were.
pub fn write_all_atomic(files: &[(&Path, &[u8])]) -> Result<(), Error> {
    let staged = files
        .iter()
        .map(|(path, bytes)| stage(path, bytes))
        .collect::<Result<Vec<_>, _>>()?;
    for (tmp, target) in staged {
        tmp.persist(&target).map_err(|e| Error::Write {
            path: target.clone(),
            source: e.error,
        })?;
    }
    Ok(())
}

/// The file written to a temporary beside `path`'s target, flushed, and
/// that target: a symbolic link is written through, so that the link stays.
fn stage(path: &Path, bytes: &[u8]) -> Result<(tempfile::NamedTempFile, PathBuf), Error> {
    let fail = |source| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let target = match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => std::fs::canonicalize(path).map_err(fail)?,
        _ => path.to_path_buf(),
    };
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    remove_stale_temporaries(&dir);
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX);
    // A temporary file is private (0600); the notice it becomes is not. It gets
    // the mode an ordinary new file would get under the user's umask, or keeps
    // the mode of the file it replaces.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(&dir).map_err(fail)?;
    if let Ok(old) = std::fs::metadata(&target) {
        tmp.as_file()
            .set_permissions(old.permissions())
            .map_err(fail)?;
    }
    tmp.write_all(bytes).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    Ok((tmp, target))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_no_temporary_behind() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.pdf");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_new_file_is_readable_by_others_as_the_umask_allows_and_a_replaced_one_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.pdf");
        write_atomic(&p, b"one").unwrap();
        let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        // Under the usual umask 022 (as in CI) the temporary file's private
        // 0600 would fail this.
        assert_ne!(mode & 0o044, 0, "others cannot read a new notice: {mode:o}");
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&p, b"two").unwrap();
        let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }

    #[test]
    fn no_file_is_replaced_when_one_cannot_be_written() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.pdf");
        std::fs::write(&a, b"old").unwrap();
        let bad = dir.path().join("no/such/b.pdf");
        assert!(write_all_atomic(&[(&a, b"new"), (&bad, b"new")]).is_err());
        assert_eq!(std::fs::read(&a).unwrap(), b"old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_link_is_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.toml");
        let link = dir.path().join("link.toml");
        std::fs::write(&real, b"old").unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read(&real).unwrap(), b"new");
    }

    #[test]
    fn temporaries_left_by_a_killed_run_are_removed_once_stale() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join(".seloste-abc123.tmp");
        let fresh = dir.path().join(".seloste-def456.tmp");
        let other = dir.path().join("notes.tmp");
        for p in [&old, &fresh, &other] {
            std::fs::write(p, b"x").unwrap();
        }
        let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
        for p in [&old, &other] {
            std::fs::File::options()
                .write(true)
                .open(p)
                .unwrap()
                .set_modified(two_hours_ago)
                .unwrap();
        }
        write_atomic(&dir.path().join("x.pdf"), b"pdf").unwrap();
        assert!(!old.exists(), "a stale temporary of ours stays");
        assert!(fresh.exists(), "a temporary of a run under way was removed");
        assert!(other.exists(), "a file not ours was removed");
    }

    #[test]
    fn a_missing_folder_is_an_error_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("no/such/x.pdf");
        let e = write_atomic(&p, b"x").unwrap_err();
        assert!(e.to_string().contains("x.pdf"), "{e}");
    }
}

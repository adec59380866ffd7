//! Where the files a model names (its logo, its wording folder) come from.
//!
//! A model is data someone else may have written: a PDF received by email
//! carries one, a service receives them from other systems. So a model never
//! reaches the file system directly. It names paths relative to itself, and
//! an [`AssetSource`] answers for them: [`Folder`], the model's own folder
//! and nothing outside it (the CLI); [`InMemory`], the files that came with
//! the request (a service); [`NoAssets`], nothing at all (a model read from
//! a PDF, unless the user names a folder).

use std::collections::BTreeMap;
use std::fmt;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::diagnostic::Said;

/// The largest file an asset source hands out. A logo or an `.ftl` file is
/// kilobytes; anything near this is a mistake or an attack (`/dev/zero`).
pub const MAX_ASSET_BYTES: u64 = 8 * 1024 * 1024;

/// Why a file a model names cannot be had.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AssetError {
    /// The path is absolute, climbs out with `..`, or a link leads out.
    #[error("'{0}' is outside the model's folder")]
    Outside(String),
    /// There is no such file or folder.
    #[error("'{0}' does not exist")]
    NotFound(String),
    /// It is a folder, a device, a pipe: not a file to read.
    #[error("'{0}' is not a regular file")]
    NotAFile(String),
    /// It is not a folder.
    #[error("'{0}' is not a folder")]
    NotAFolder(String),
    /// It is larger than the 8 MiB a file that a model names may have.
    #[error("'{0}' is larger than {limit} MiB", limit = MAX_ASSET_BYTES / 1024 / 1024)]
    TooLarge(String),
    /// The file was not sent with the request (the service).
    #[error(
        "'{0}' was not sent with the request; send it as a multipart/form-data part named '{0}'"
    )]
    NotSent(String),
    /// This source serves no files (a model read from a PDF).
    #[error("'{path}' cannot be read: {}", crate::diagnostic::Said::new(why).in_lang(crate::Lang::En))]
    Unavailable {
        /// The path asked for.
        path: String,
        /// Why no files are served: a message of the diagnostics catalogue.
        why: &'static str,
    },
    /// The system could not read it.
    #[error("cannot read '{path}': {source}")]
    Io {
        /// The path asked for.
        path: String,
        /// What the system said.
        source: std::io::Error,
    },
}

impl AssetError {
    /// How to fix it, where that depends on where the files come from
    /// rather than on the field that names them.
    pub(crate) fn help(&self) -> Option<Said> {
        match self {
            AssetError::NotSent(_) => Some(Said::new("asset-not-sent-help")),
            _ => None,
        }
    }

    /// The error as the diagnostics catalogue says it.
    pub(crate) fn said(&self) -> Said {
        let (id, path) = match self {
            AssetError::Outside(p) => ("asset-outside", p),
            AssetError::NotFound(p) => ("asset-not-found", p),
            AssetError::NotAFile(p) => ("asset-not-a-file", p),
            AssetError::NotAFolder(p) => ("asset-not-a-folder", p),
            AssetError::TooLarge(p) => {
                return Said::new("asset-too-large")
                    .arg("path", p)
                    .arg("mib", (MAX_ASSET_BYTES / 1024 / 1024).to_string());
            }
            AssetError::NotSent(p) => ("asset-not-sent", p),
            AssetError::Unavailable { path, why } => {
                return Said::new("asset-unavailable")
                    .arg("path", path)
                    .said("why", Said::new(why));
            }
            AssetError::Io { path, source } => {
                return Said::new("cannot-read")
                    .arg("path", path)
                    .said("why", crate::diagnostic::io_said(source));
            }
        };
        Said::new(id).arg("path", path)
    }
}

/// The files a model may name, by paths relative to the model.
pub trait AssetSource: fmt::Debug + Send + Sync {
    /// The bytes of the file at `path`.
    fn read(&self, path: &str) -> Result<Vec<u8>, AssetError>;

    /// The files below the folder `path`, as paths relative to it with `/`
    /// between the parts (`fi/own.ftl`), sorted. Hidden files are left out.
    fn list(&self, path: &str) -> Result<Vec<String>, AssetError>;
}

/// The parts of a relative path, or why it is not one that stays inside.
fn parts(path: &str) -> Result<Vec<&str>, AssetError> {
    let outside = || AssetError::Outside(path.to_string());
    if path.starts_with('/') || path.starts_with('\\') || Path::new(path).is_absolute() {
        return Err(outside());
    }
    let mut out = Vec::new();
    for part in path.split(['/', '\\']) {
        match part {
            "" | "." => {}
            ".." => return Err(outside()),
            p => out.push(p),
        }
    }
    Ok(out)
}

/// A folder on disk: the model's own. Paths leading out of it, by `..`, by
/// being absolute, or through a symbolic link, are refused; only regular
/// files of at most 8 MiB are read.
#[derive(Debug, Clone)]
pub struct Folder {
    root: PathBuf,
}

impl Folder {
    /// The folder `root`.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Folder { root: root.into() }
    }

    /// The folder of the model file at `model`.
    pub fn beside(model: &Path) -> Self {
        Folder::new(
            model
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .map_or_else(|| PathBuf::from("."), Path::to_path_buf),
        )
    }

    /// The real path of `path`, proven to lie inside the folder.
    fn resolve(&self, path: &str) -> Result<PathBuf, AssetError> {
        let joined = parts(path)?
            .into_iter()
            .fold(self.root.clone(), |p, part| p.join(part));
        let io = |source: std::io::Error| match source.kind() {
            std::io::ErrorKind::NotFound => AssetError::NotFound(path.to_string()),
            _ => AssetError::Io {
                path: path.to_string(),
                source,
            },
        };
        let root = self.root.canonicalize().map_err(io)?;
        let real = joined.canonicalize().map_err(io)?;
        if !real.starts_with(&root) {
            return Err(AssetError::Outside(path.to_string()));
        }
        Ok(real)
    }
}

impl AssetSource for Folder {
    fn read(&self, path: &str) -> Result<Vec<u8>, AssetError> {
        let real = self.resolve(path)?;
        let io = |source| AssetError::Io {
            path: path.to_string(),
            source,
        };
        // The type is judged on the file opened, not on a name that could
        // be swapped in between; a FIFO is not opened at all (it would block).
        if !std::fs::metadata(&real).map_err(io)?.is_file() {
            return Err(AssetError::NotAFile(path.to_string()));
        }
        let file = File::open(&real).map_err(io)?;
        if !file.metadata().map_err(io)?.is_file() {
            return Err(AssetError::NotAFile(path.to_string()));
        }
        let mut bytes = Vec::new();
        file.take(MAX_ASSET_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(io)?;
        if bytes.len() as u64 > MAX_ASSET_BYTES {
            return Err(AssetError::TooLarge(path.to_string()));
        }
        Ok(bytes)
    }

    fn list(&self, path: &str) -> Result<Vec<String>, AssetError> {
        let real = self.resolve(path)?;
        if !real.is_dir() {
            return Err(AssetError::NotAFolder(path.to_string()));
        }
        let mut out = Vec::new();
        walk(&real, "", 0, &mut out).map_err(|source| AssetError::Io {
            path: path.to_string(),
            source,
        })?;
        out.sort();
        Ok(out)
    }
}

/// How deep [`Folder::list`] looks: a wording folder is `fi/name.ftl`, and
/// a deeper tree (or a loop of links) is no wording.
const MAX_DEPTH: usize = 2;

fn walk(dir: &Path, prefix: &str, depth: usize, out: &mut Vec<String>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let rel = format!("{prefix}{name}");
        // Links are not followed here; `read` proves where each file leads.
        let kind = entry.file_type()?;
        if kind.is_dir() {
            if depth + 1 < MAX_DEPTH {
                walk(&entry.path(), &format!("{rel}/"), depth + 1, out)?;
            } else {
                out.push(format!("{rel}/"));
            }
        } else {
            out.push(rel);
        }
    }
    Ok(())
}

/// Files held in memory, by their paths relative to the model: the parts
/// of a request to a service.
#[derive(Debug, Clone, Default)]
pub struct InMemory {
    files: BTreeMap<String, Vec<u8>>,
}

impl InMemory {
    /// No files yet.
    pub fn new() -> Self {
        InMemory::default()
    }

    /// Adds the file at `path`; a path that leads out is refused.
    pub fn insert(&mut self, path: &str, bytes: Vec<u8>) -> Result<(), AssetError> {
        if bytes.len() as u64 > MAX_ASSET_BYTES {
            return Err(AssetError::TooLarge(path.to_string()));
        }
        self.files.insert(parts(path)?.join("/"), bytes);
        Ok(())
    }
}

impl AssetSource for InMemory {
    fn read(&self, path: &str) -> Result<Vec<u8>, AssetError> {
        self.files
            .get(&parts(path)?.join("/"))
            .cloned()
            .ok_or_else(|| AssetError::NotSent(path.to_string()))
    }

    fn list(&self, path: &str) -> Result<Vec<String>, AssetError> {
        let dir = parts(path)?.join("/");
        let prefix = if dir.is_empty() { dir } else { dir + "/" };
        let out: Vec<String> = self
            .files
            .keys()
            .filter_map(|k| k.strip_prefix(&prefix))
            .map(str::to_string)
            .collect();
        if out.is_empty() {
            return Err(AssetError::NotSent(path.to_string()));
        }
        Ok(out)
    }
}

/// No files at all: for a model whose folder is not to be trusted, such as
/// the one attached to a PDF received from someone else.
#[derive(Debug, Clone, Copy)]
pub struct NoAssets {
    why: &'static str,
}

impl NoAssets {
    /// A source that refuses every path, saying `why` (a message of the
    /// diagnostics catalogue).
    pub const fn new(why: &'static str) -> Self {
        NoAssets { why }
    }
}

impl AssetSource for NoAssets {
    fn read(&self, path: &str) -> Result<Vec<u8>, AssetError> {
        Err(AssetError::Unavailable {
            path: path.to_string(),
            why: self.why,
        })
    }

    fn list(&self, path: &str) -> Result<Vec<String>, AssetError> {
        self.read(path).map(|_| Vec::new())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_climb_out_or_start_at_the_root_are_refused() {
        for p in [
            "../x.png",
            "a/../../x.png",
            "/etc/passwd",
            "a/../..",
            "..\\x",
        ] {
            assert!(matches!(parts(p), Err(AssetError::Outside(_))), "{p}");
        }
        assert_eq!(parts("./a//b.png").unwrap(), ["a", "b.png"]);
    }

    #[test]
    fn a_folder_serves_its_files_and_nothing_beyond() {
        let outer = tempfile::tempdir().unwrap();
        let inner = outer.path().join("model");
        std::fs::create_dir_all(inner.join("w/fi")).unwrap();
        std::fs::write(inner.join("logo.png"), b"png").unwrap();
        std::fs::write(inner.join("w/fi/a.ftl"), b"a = b").unwrap();
        std::fs::write(outer.path().join("secret.png"), b"secret").unwrap();
        let folder = Folder::new(&inner);
        assert_eq!(folder.read("logo.png").unwrap(), b"png");
        assert_eq!(folder.list("w").unwrap(), ["fi/a.ftl"]);
        assert!(matches!(
            folder.read("../secret.png"),
            Err(AssetError::Outside(_))
        ));
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(outer.path().join("secret.png"), inner.join("link.png"))
                .unwrap();
            assert!(matches!(
                folder.read("link.png"),
                Err(AssetError::Outside(_))
            ));
        }
        assert!(matches!(folder.read("w"), Err(AssetError::NotAFile(_))));
        assert!(matches!(
            folder.read("none.png"),
            Err(AssetError::NotFound(_))
        ));
    }

    #[test]
    fn memory_serves_what_it_was_given() {
        let mut m = InMemory::new();
        m.insert("w/fi/a.ftl", b"a = b".to_vec()).unwrap();
        m.insert("logo.svg", b"<svg/>".to_vec()).unwrap();
        assert!(m.insert("../x", Vec::new()).is_err());
        assert_eq!(m.read("./logo.svg").unwrap(), b"<svg/>");
        assert_eq!(m.list("w").unwrap(), ["fi/a.ftl"]);
        assert!(matches!(m.read("x.png"), Err(AssetError::NotSent(_))));
    }
}

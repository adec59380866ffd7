//! The typst `World` a notice is compiled in.
//!
//! It serves exactly three kinds of file: the embedded template, the view as
//! `/data.json`, and the logo the model declares. Everything else is
//! `AccessDenied`, so a template, or data smuggled into one, can read nothing
//! from the machine. Paths are fixed, because typst interns file ids for the
//! life of the process (about 65 000 at most).

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use super::assets;

/// The virtual path of the view.
pub const DATA_PATH: &str = "/data.json";

/// The parts of a world that do not change between documents: built once,
/// so that typst's caches are shared across a batch.
pub struct Engine {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    template: Source,
    data_id: FileId,
}

fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).expect("the fixed virtual paths are valid");
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

impl Engine {
    /// Loads the embedded template and fonts.
    pub fn new() -> Self {
        let fonts: Vec<Font> = assets::FONTS
            .iter()
            .flat_map(|data| Font::iter(Bytes::new(*data)))
            .collect();
        let book = FontBook::from_fonts(&fonts);
        Engine {
            library: LazyHash::new(Library::default()),
            book: LazyHash::new(book),
            fonts,
            template: Source::new(file_id(assets::TEMPLATE_PATH), assets::TEMPLATE.to_string()),
            data_id: file_id(DATA_PATH),
        }
    }

    /// The number of font faces loaded (for tests and diagnostics).
    pub fn font_count(&self) -> usize {
        self.fonts.len()
    }
}

impl Default for Engine {
    fn default() -> Self {
        Self::new()
    }
}

/// An extra file the world serves, e.g. the logo at `/assets/logo.png`.
/// Cloning shares the bytes.
#[derive(Clone)]
pub struct Asset {
    /// Its fixed virtual path.
    pub path: &'static str,
    /// Its bytes.
    pub data: Bytes,
}

/// The world of one document.
pub struct NoticeWorld<'a> {
    engine: &'a Engine,
    data: Bytes,
    assets: Vec<(FileId, Bytes)>,
}

impl<'a> NoticeWorld<'a> {
    /// A world serving `data` as `/data.json`, plus `assets`.
    pub fn new(engine: &'a Engine, data: Vec<u8>, assets: Vec<Asset>) -> Self {
        NoticeWorld {
            engine,
            data: Bytes::new(data),
            assets: assets
                .into_iter()
                .map(|a| (file_id(a.path), a.data))
                .collect(),
        }
    }
}

impl World for NoticeWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.engine.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.engine.book
    }

    fn main(&self) -> FileId {
        self.engine.template.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.engine.template.id() {
            Ok(self.engine.template.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.engine.data_id {
            return Ok(self.data.clone());
        }
        if id == self.engine.template.id() {
            return Ok(Bytes::from_string(self.engine.template.clone()));
        }
        self.assets
            .iter()
            .find(|(aid, _)| *aid == id)
            .map(|(_, b)| b.clone())
            .ok_or(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.engine.fonts.get(index).cloned()
    }

    /// A notice is dated by its model, never by the clock: `datetime.today()`
    /// is refused so that output cannot depend on the day it was made.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

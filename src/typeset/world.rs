//! The typst `World` a notice is compiled in.
//!
//! It serves exactly three kinds of file: the embedded template, the view as
//! `/data.json`, and the logo the model declares. Everything else is
//! `AccessDenied`, so a template, or data smuggled into one, can read nothing
//! from the machine. Paths are fixed, because typst interns file ids for the
//! life of the process (about 65 000 at most).

use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};

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
/// so that typst's caches are shared across a batch. One engine serves any
/// number of threads at once.
pub struct Engine {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    template: Source,
    data_id: FileId,
    eviction: Eviction,
    /// Documents being typeset now, by every thread.
    in_flight: AtomicUsize,
    /// The most documents that have been in flight at once.
    peak: AtomicUsize,
}

impl fmt::Debug for Engine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Engine")
            .field("fonts", &self.fonts.len())
            .field("eviction", &self.eviction)
            .finish_non_exhaustive()
    }
}

/// When typst's memoisation cache is pruned.
///
/// typst remembers the results of its work (layout, text shaping) in one
/// cache for the whole process, which grows by megabytes per document unless
/// pruned. Clearing it all after each document (`evict(0)`) is right for one
/// document at a time, but on several threads it throws away the work of
/// the documents still being typeset, and what every document shares (the
/// template, the fonts). Pruning only what has not been used for a few
/// documents keeps both, and memory stays flat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Eviction {
    /// After each document, drop the results not used during the last
    /// `max_age` documents (of all threads); up to twice as many while more
    /// documents than that are typeset at once.
    Aged {
        /// How many documents an unused result survives.
        max_age: usize,
    },
    /// Never prune: for a caller that prunes itself (`typst::comemo::evict`).
    Never,
}

impl Default for Eviction {
    /// Results survive as many documents as the machine has threads, and a
    /// few more: long enough for every document in flight to finish with
    /// its own.
    fn default() -> Self {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        Eviction::Aged {
            max_age: threads + 2,
        }
    }
}

fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).expect("the fixed virtual paths are valid");
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

impl Engine {
    /// Loads the embedded template and fonts. typst's cache is pruned after
    /// each document of what the last documents in flight (one per thread,
    /// and two more) did not use, so memory stays flat over a long batch.
    pub fn new() -> Self {
        Engine::with_eviction(Eviction::default())
    }

    /// Loads the embedded template and fonts; typst's cache is pruned as
    /// `eviction` says.
    pub fn with_eviction(eviction: Eviction) -> Self {
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
            eviction,
            in_flight: AtomicUsize::new(0),
            peak: AtomicUsize::new(0),
        }
    }

    /// Called before each document is typeset.
    pub(super) fn document_begins(&self) {
        let now = self.in_flight.fetch_add(1, Ordering::Relaxed) + 1;
        self.peak.fetch_max(now, Ordering::Relaxed);
    }

    /// Called after each document, made or failed. A result survives
    /// `max_age` documents, or twice as many as have ever been in flight at
    /// once (and two more) when documents outnumber threads, up to twice
    /// `max_age`: a service's requests of several layouts each interleave
    /// on its pool, and a result that a document in flight, or the next
    /// request for the same model, still needs must not be pruned by the
    /// others finishing first, or it is computed again. Measured (debug
    /// build, iljoja as a ZIP of fi, sv, en and fi+sv, 2 workers, 2 cores):
    /// 11.6, 3.8 and 3.6 requests/s with 1, 2 and 8 clients at the fixed
    /// age; 12.9, 15.0 and 14.8 with this one, peak memory 121 → 94 MiB.
    /// For distinct models the rate is unchanged (1.7–1.8/s) and the peak
    /// grows from 178 to 219 MiB, the price of the longer memory.
    pub(super) fn document_done(&self) {
        self.in_flight.fetch_sub(1, Ordering::Relaxed);
        if let Eviction::Aged { max_age } = self.eviction {
            let peak = self.peak.load(Ordering::Relaxed);
            typst::comemo::evict((2 * peak + 2).clamp(max_age, 2 * max_age));
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
#[derive(Debug, Clone)]
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

impl fmt::Debug for NoticeWorld<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NoticeWorld")
            .field("data", &self.data.len())
            .field("assets", &self.assets.len())
            .finish_non_exhaustive()
    }
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

//! A PDF read lazily and within bounds: only the objects on the way from
//! the trailer to what is asked for are parsed, and only the streams among
//! them are inflated.
//!
//! lopdf's `Document::load_mem` parses every object of a file and inflates
//! every object stream before the first question can be asked, so a PDF of
//! a few megabytes whose object streams inflate to 250 MB each costs
//! gigabytes and minutes before seloste learns that it has no attachment.
//! Finding an attachment needs a handful of objects; this reader reads
//! those, with lopdf's [`Object`] values and its stream filters, and counts
//! what it spends: the bytes inflated per stream ([`MAX_STREAM_BYTES`]) and
//! in all ([`MAX_INFLATED_BYTES`]), the objects read ([`MAX_OBJECTS`]) and
//! the values parsed ([`MAX_VALUES`]). Beyond a bound it stops with
//! [`ReadError::Bound`].

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use lopdf::{DecompressError, Dictionary, Object, ObjectId, Stream, StringFormat};

/// The most bytes one stream may inflate to: an object stream or a
/// cross-reference stream of a real PDF holds kilobytes, and an attached
/// model is at most 4 MiB.
pub const MAX_STREAM_BYTES: usize = 8 << 20;

/// The most bytes all the streams read from one PDF may inflate to.
pub const MAX_INFLATED_BYTES: usize = 32 << 20;

/// The most objects read from one PDF. Finding seloste's attachment reads
/// about ten.
pub const MAX_OBJECTS: usize = 10_000;

/// The most values (numbers, names, strings, arrays, dictionaries) parsed
/// from one PDF: each takes about a hundred bytes once parsed, so this keeps
/// a huge array in a small file from costing more than a few megabytes.
pub const MAX_VALUES: usize = 200_000;

/// The most cross-reference sections (incremental updates) followed.
const MAX_SECTIONS: usize = 64;

/// How deeply arrays and dictionaries may nest in one object.
const MAX_DEPTH: usize = 32;

/// How many references are followed to find one value (a `/Length` held in
/// an object stream that is itself found through a reference…).
const MAX_CHAIN: usize = 8;

/// Why an object could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// The file is not a well-formed PDF, here.
    Damaged(String),
    /// Reading on would cost more than a PDF may.
    Bound(String),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Damaged(s) | ReadError::Bound(s) => f.write_str(s),
        }
    }
}

type Result<T> = std::result::Result<T, ReadError>;

fn damaged<T>(what: impl Into<String>) -> Result<T> {
    Err(ReadError::Damaged(what.into()))
}

/// Where an object is, by the cross-reference data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Entry {
    Free,
    At(usize),
    InStream { container: u32, index: usize },
}

/// One cross-reference section: a classic table or a stream.
#[derive(Debug)]
enum Section {
    /// Subsections of a table: first object number, count, and the offset
    /// of their first row, each row `stride` bytes long.
    Table {
        subsections: Vec<(u32, u32, usize)>,
        stride: usize,
    },
    /// A cross-reference stream's rows, decoded.
    Stream {
        widths: [usize; 3],
        index: Vec<(u32, u32)>,
        rows: Rc<Vec<u8>>,
    },
}

/// A decoded object stream: its data and where its objects start.
struct ObjectStream {
    data: Rc<Vec<u8>>,
    first: usize,
    offsets: Vec<(u32, usize)>,
}

/// A PDF, read on demand.
pub struct Pdf<'a> {
    buf: &'a [u8],
    trailer: Dictionary,
    sections: Vec<Section>,
    /// Objects found by scanning the file, when the cross-reference data
    /// is missing or wrong (built once, when first needed).
    scanned: RefCell<Option<HashMap<u32, usize>>>,
    objects: RefCell<HashMap<ObjectId, Object>>,
    streams: RefCell<HashMap<u32, Rc<ObjectStream>>>,
    inflated: Cell<usize>,
    read: Cell<usize>,
    values: Cell<usize>,
}

impl<'a> Pdf<'a> {
    /// Reads the cross-reference data and the trailer of `buf`.
    pub fn open(buf: &'a [u8]) -> Result<Pdf<'a>> {
        let mut pdf = Pdf {
            buf,
            trailer: Dictionary::new(),
            sections: Vec::new(),
            scanned: RefCell::new(None),
            objects: RefCell::new(HashMap::new()),
            streams: RefCell::new(HashMap::new()),
            inflated: Cell::new(0),
            read: Cell::new(0),
            values: Cell::new(0),
        };
        if pdf.read_xref().is_err() {
            // A file whose offsets have moved (edited, or sent as text):
            // find the objects by scanning, and the trailer after them.
            pdf.sections.clear();
            pdf.trailer = pdf.scanned_trailer()?;
        }
        if pdf.trailer.has(b"Encrypt") {
            return damaged("the PDF is encrypted");
        }
        Ok(pdf)
    }

    /// The trailer dictionary (of the newest section).
    pub fn trailer(&self) -> &Dictionary {
        &self.trailer
    }

    /// `value`, or the object it refers to.
    pub fn resolve(&self, value: &Object) -> Result<Object> {
        self.resolve_in(value, 0)
    }

    fn resolve_in(&self, value: &Object, chain: usize) -> Result<Object> {
        match value {
            Object::Reference(id) => {
                if chain >= MAX_CHAIN {
                    return damaged("references lead to references too many times");
                }
                let object = self.object(*id, chain + 1)?;
                self.resolve_in(&object, chain + 1)
            }
            other => Ok(other.clone()),
        }
    }

    /// `dict[key]`, following a reference; `None` if absent or null.
    pub fn get(&self, dict: &Dictionary, key: &[u8]) -> Result<Option<Object>> {
        match dict.get(key) {
            Ok(value) => match self.resolve(value)? {
                Object::Null => Ok(None),
                v => Ok(Some(v)),
            },
            Err(_) => Ok(None),
        }
    }

    /// The content of `stream`, decoded, at most `limit` bytes (and within
    /// what is left of [`MAX_INFLATED_BYTES`]).
    pub fn decode(&self, stream: &Stream, limit: usize) -> Result<Vec<u8>> {
        let mut dict = stream.dict.clone();
        for key in [&b"Filter"[..], b"DecodeParms"] {
            if let Some(v) = self.get(&stream.dict, key)? {
                dict.set(key, v);
            }
        }
        let mut plain = stream.clone();
        plain.dict = dict;
        let left = MAX_INFLATED_BYTES.saturating_sub(self.inflated.get());
        let per_stream = limit.min(MAX_STREAM_BYTES);
        let data = match plain.decompressed_content_with_limit(per_stream.min(left)) {
            Ok(data) => data,
            Err(lopdf::Error::Decompress(DecompressError::MemoryLimitExceeded { .. })) => {
                return Err(if left < per_stream {
                    ReadError::Bound(format!(
                        "the PDF's compressed streams inflate to more than {} MiB in all",
                        MAX_INFLATED_BYTES >> 20
                    ))
                } else {
                    ReadError::Bound(format!(
                        "a compressed stream of the PDF inflates to more than {} MiB",
                        per_stream >> 20
                    ))
                });
            }
            Err(e @ lopdf::Error::Decompress(DecompressError::TooManyFilters { .. })) => {
                return Err(ReadError::Bound(format!("a stream of the PDF {e}")));
            }
            Err(e) => return damaged(format!("a stream cannot be decoded: {e}")),
        };
        self.inflated.set(self.inflated.get() + data.len());
        Ok(data)
    }

    /// The object `id`, parsed once.
    fn object(&self, id: ObjectId, chain: usize) -> Result<Object> {
        if let Some(o) = self.objects.borrow().get(&id) {
            return Ok(o.clone());
        }
        let read = self.read.get() + 1;
        if read > MAX_OBJECTS {
            return Err(ReadError::Bound(format!(
                "finding the attachment would read more than {MAX_OBJECTS} objects of the PDF"
            )));
        }
        self.read.set(read);
        let object = match self.entry(id.0) {
            Entry::Free => Object::Null,
            Entry::At(offset) => match self.object_at(offset, Some(id), chain) {
                Ok(o) => o,
                Err(ReadError::Damaged(_)) => self.scanned_object(id, chain)?,
                Err(e) => return Err(e),
            },
            Entry::InStream { container, index } => {
                self.object_in_stream(id.0, container, index, chain)?
            }
        };
        self.objects.borrow_mut().insert(id, object.clone());
        Ok(object)
    }

    /// Where the cross-reference data puts object `num`: the newest section
    /// that names it decides.
    fn entry(&self, num: u32) -> Entry {
        if self.sections.is_empty() {
            if let Some(&offset) = self.scan().get(&num) {
                return Entry::At(offset);
            }
            return self.scanned_in_stream(num).unwrap_or(Entry::Free);
        }
        for section in &self.sections {
            if let Some(e) = self.entry_in(section, num) {
                return e;
            }
        }
        Entry::Free
    }

    fn entry_in(&self, section: &Section, num: u32) -> Option<Entry> {
        match section {
            Section::Table {
                subsections,
                stride,
            } => {
                // A later subsection of the same table wins, as in lopdf.
                let &(start, _, rows) = subsections.iter().rev().find(|(start, count, _)| {
                    (*start..start.saturating_add(*count)).contains(&num)
                })?;
                let at = rows + (num - start) as usize * stride;
                let row = self.buf.get(at..at + 18)?;
                let offset = parse_digits(&row[..10])?;
                let kind = row[17];
                // A free entry does not decide: in a hybrid file the table
                // marks free what its `/XRefStm` holds.
                (kind == b'n' && offset > 0).then_some(Entry::At(offset))
            }
            Section::Stream {
                widths,
                index,
                rows,
            } => {
                let width: usize = widths.iter().sum();
                let mut row_no = 0usize;
                for &(start, count) in index {
                    if (start..start.saturating_add(count)).contains(&num) {
                        row_no += (num - start) as usize;
                        let row = rows.get(row_no * width..(row_no + 1) * width)?;
                        let field = |i: usize| {
                            let from: usize = widths[..i].iter().sum();
                            row[from..from + widths[i]]
                                .iter()
                                .fold(0usize, |acc, &b| acc.saturating_mul(256) + usize::from(b))
                        };
                        // A missing type field means type 1.
                        let kind = if widths[0] == 0 { 1 } else { field(0) };
                        return match kind {
                            1 => Some(Entry::At(field(1))),
                            2 => Some(Entry::InStream {
                                container: u32::try_from(field(1)).ok()?,
                                index: field(2),
                            }),
                            _ => None,
                        };
                    }
                    row_no += count as usize;
                }
                None
            }
        }
    }

    /// The indirect object at `offset`: `num gen obj … endobj`.
    fn object_at(&self, offset: usize, expect: Option<ObjectId>, chain: usize) -> Result<Object> {
        let mut lexer = Lexer::new(self.buf, offset, &self.values);
        let num = lexer.integer()?;
        let generation = lexer.integer()?;
        if !lexer.keyword(b"obj") {
            return damaged(format!("no object at byte {offset}"));
        }
        if let Some((n, g)) = expect
            && (i64::from(n) != num || i64::from(g) != generation)
        {
            return damaged(format!("object {n} {g} is not at byte {offset}"));
        }
        let value = lexer.value(0)?;
        let Object::Dictionary(dict) = value else {
            return Ok(value);
        };
        if !lexer.keyword(b"stream") {
            return Ok(Object::Dictionary(dict));
        }
        // The data starts after the end of the line of `stream`.
        let mut start = lexer.pos;
        if self.buf.get(start) == Some(&b'\r') {
            start += 1;
        }
        if self.buf.get(start) == Some(&b'\n') {
            start += 1;
        }
        let declared = match dict.get(b"Length") {
            Ok(Object::Integer(n)) => usize::try_from(*n).ok(),
            Ok(r @ Object::Reference(_)) if chain < MAX_CHAIN => {
                match self.resolve_in(r, chain + 1) {
                    Ok(Object::Integer(n)) => usize::try_from(n).ok(),
                    Ok(_) | Err(ReadError::Damaged(_)) => None,
                    Err(e) => return Err(e),
                }
            }
            _ => None,
        };
        let end = declared
            .and_then(|n| start.checked_add(n))
            .filter(|&end| {
                let mut l = Lexer::new(self.buf, end, &self.values);
                end <= self.buf.len() && l.keyword(b"endstream")
            })
            .or_else(|| find(self.buf, start, b"endstream").map(|e| trim_eol(self.buf, start, e)))
            .ok_or_else(|| ReadError::Damaged(format!("the stream at byte {offset} has no end")))?;
        Ok(Object::Stream(Stream::new(
            dict,
            self.buf[start..end].to_vec(),
        )))
    }

    /// Object `num`, the `index`th of the object stream `container`.
    fn object_in_stream(
        &self,
        num: u32,
        container: u32,
        index: usize,
        chain: usize,
    ) -> Result<Object> {
        let stream = self.object_stream(container, chain)?;
        let offset = match stream.offsets.get(index) {
            Some(&(n, o)) if n == num => o,
            // The index is a hint; the header names every object.
            _ => stream
                .offsets
                .iter()
                .find(|(n, _)| *n == num)
                .map(|&(_, o)| o)
                .ok_or_else(|| {
                    ReadError::Damaged(format!("object {num} is not in object stream {container}"))
                })?,
        };
        let mut lexer = Lexer::new(
            &stream.data,
            stream.first.saturating_add(offset),
            &self.values,
        );
        lexer.value(0)
    }

    fn object_stream(&self, container: u32, chain: usize) -> Result<Rc<ObjectStream>> {
        if let Some(s) = self.streams.borrow().get(&container) {
            return Ok(Rc::clone(s));
        }
        if chain >= MAX_CHAIN {
            return damaged("object streams lead to object streams too many times");
        }
        let Object::Stream(stream) = self.object((container, 0), chain + 1)? else {
            return damaged(format!("object {container} is not an object stream"));
        };
        let int = |key: &[u8]| -> Result<usize> {
            match self.get(&stream.dict, key)? {
                Some(Object::Integer(n)) => usize::try_from(n).map_err(|_| {
                    ReadError::Damaged(format!(
                        "object stream {container}: bad /{}",
                        String::from_utf8_lossy(key)
                    ))
                }),
                _ => damaged(format!(
                    "object stream {container} has no /{}",
                    String::from_utf8_lossy(key)
                )),
            }
        };
        let (n, first) = (int(b"N")?, int(b"First")?);
        let data = Rc::new(self.decode(&stream, MAX_STREAM_BYTES)?);
        let mut offsets = Vec::new();
        let mut lexer = Lexer::new(&data, 0, &self.values);
        // Each pair is at least four bytes: `n` bounds nothing by itself.
        for _ in 0..n.min(first / 4 + 1) {
            let (Ok(num), Ok(at)) = (lexer.integer(), lexer.integer()) else {
                break;
            };
            let (Ok(num), Ok(at)) = (u32::try_from(num), usize::try_from(at)) else {
                break;
            };
            offsets.push((num, at));
        }
        let parsed = Rc::new(ObjectStream {
            data,
            first,
            offsets,
        });
        self.streams
            .borrow_mut()
            .insert(container, Rc::clone(&parsed));
        Ok(parsed)
    }

    // -- Cross-reference data ------------------------------------------------

    /// Reads the chain of cross-reference sections from `startxref`.
    fn read_xref(&mut self) -> Result<()> {
        let Some(at) = rfind(self.buf, b"startxref") else {
            return damaged("the PDF has no startxref");
        };
        let mut lexer = Lexer::new(self.buf, at + b"startxref".len(), &self.values);
        let mut next = Some(
            usize::try_from(lexer.integer()?)
                .map_err(|_| ReadError::Damaged("bad startxref".into()))?,
        );
        let mut seen = Vec::new();
        let mut first = true;
        while let Some(offset) = next.take() {
            if seen.contains(&offset) {
                break;
            }
            if seen.len() >= MAX_SECTIONS {
                return Err(ReadError::Bound(format!(
                    "the PDF has more than {MAX_SECTIONS} cross-reference sections"
                )));
            }
            seen.push(offset);
            let (trailer, sections) = self.section_at(offset)?;
            next = match trailer.get(b"Prev") {
                Ok(Object::Integer(p)) => usize::try_from(*p).ok(),
                _ => None,
            };
            self.sections.extend(sections);
            if first {
                self.trailer = trailer;
                first = false;
            }
        }
        if !self.trailer.has(b"Root") {
            return damaged("the trailer names no catalog");
        }
        Ok(())
    }

    /// The section at `offset` with its trailer (a table, and the stream a
    /// hybrid file names in `/XRefStm`, come as two sections).
    fn section_at(&self, offset: usize) -> Result<(Dictionary, Vec<Section>)> {
        let mut lexer = Lexer::new(self.buf, offset, &self.values);
        if lexer.keyword(b"xref") {
            let mut subsections = Vec::new();
            let mut stride = 20;
            loop {
                if lexer.keyword(b"trailer") {
                    break;
                }
                let start = u32::try_from(lexer.integer()?)
                    .map_err(|_| ReadError::Damaged("bad xref".into()))?;
                let count = u32::try_from(lexer.integer()?)
                    .map_err(|_| ReadError::Damaged("bad xref".into()))?;
                lexer.skip_space();
                let rows = lexer.pos;
                if count > 0 {
                    // 20 bytes a row by the standard; some writers end a
                    // row with one byte instead of two.
                    let row = self
                        .buf
                        .get(rows..rows + 20)
                        .ok_or_else(|| ReadError::Damaged("the xref table is cut short".into()))?;
                    stride = if row[18] == b'\n' || (row[18] == b'\r' && row[19] != b'\n') {
                        19
                    } else {
                        20
                    };
                }
                let end = rows
                    .checked_add(count as usize * stride)
                    .filter(|&e| e <= self.buf.len())
                    .ok_or_else(|| ReadError::Damaged("the xref table is cut short".into()))?;
                subsections.push((start, count, rows));
                if subsections.len() > MAX_VALUES {
                    return Err(ReadError::Bound(
                        "the xref table has too many subsections".into(),
                    ));
                }
                lexer.pos = end;
            }
            let Object::Dictionary(trailer) = lexer.value(0)? else {
                return damaged("the trailer is not a dictionary");
            };
            let mut sections = vec![Section::Table {
                subsections,
                stride,
            }];
            if let Ok(Object::Integer(at)) = trailer.get(b"XRefStm")
                && let Ok(at) = usize::try_from(*at)
                && let Ok((_, more)) = self.stream_section_at(at)
            {
                sections.extend(more);
            }
            Ok((trailer, sections))
        } else {
            self.stream_section_at(offset)
        }
    }

    fn stream_section_at(&self, offset: usize) -> Result<(Dictionary, Vec<Section>)> {
        let Object::Stream(stream) = self.object_at(offset, None, MAX_CHAIN)? else {
            return damaged(format!("no cross-reference data at byte {offset}"));
        };
        let dict = &stream.dict;
        let ints = |key: &[u8]| -> Option<Vec<usize>> {
            match dict.get(key) {
                Ok(Object::Array(a)) => a
                    .iter()
                    .map(|v| v.as_i64().ok().and_then(|n| usize::try_from(n).ok()))
                    .collect(),
                _ => None,
            }
        };
        let w = ints(b"W").filter(|w| w.len() == 3 && w.iter().all(|&n| n <= 8));
        let Some(w) = w else {
            return damaged("the cross-reference stream has no /W");
        };
        let size = match dict.get(b"Size") {
            Ok(Object::Integer(n)) => u32::try_from(*n).unwrap_or(0),
            _ => 0,
        };
        let index = match ints(b"Index") {
            Some(i) => i
                .chunks_exact(2)
                .map(|c| {
                    (
                        u32::try_from(c[0]).unwrap_or(u32::MAX),
                        u32::try_from(c[1]).unwrap_or(0),
                    )
                })
                .collect(),
            None => vec![(0, size)],
        };
        let rows = Rc::new(self.decode(&stream, MAX_STREAM_BYTES)?);
        Ok((
            dict.clone(),
            vec![Section::Stream {
                widths: [w[0], w[1], w[2]],
                index,
                rows,
            }],
        ))
    }

    // -- Scanning a file whose cross-reference data is broken --------------

    /// Every `num gen obj` of the file, by number (the last one wins, as
    /// an incremental update would have it).
    fn scan(&self) -> std::cell::Ref<'_, HashMap<u32, usize>> {
        if self.scanned.borrow().is_none() {
            let mut found = HashMap::new();
            let mut from = 0;
            while let Some(at) = find(self.buf, from, b"obj") {
                from = at + 3;
                if found.len() >= MAX_OBJECTS * 10 {
                    break;
                }
                if let Some((num, start)) = object_header_before(self.buf, at) {
                    found.insert(num, start);
                }
            }
            *self.scanned.borrow_mut() = Some(found);
        }
        std::cell::Ref::map(self.scanned.borrow(), |s| s.as_ref().expect("scanned"))
    }

    /// Where object `num` is among the object streams found by scanning
    /// (those whose dictionary says `/ObjStm` near its start).
    fn scanned_in_stream(&self, num: u32) -> Option<Entry> {
        let mut containers: Vec<(u32, usize)> = self
            .scan()
            .iter()
            .filter(|&(_, &at)| {
                let head = &self.buf[at..self.buf.len().min(at + 256)];
                find(head, 0, b"/ObjStm").is_some()
            })
            .map(|(&n, &at)| (n, at))
            .collect();
        containers.sort_by_key(|&(_, at)| std::cmp::Reverse(at));
        for (container, _) in containers {
            let Ok(stream) = self.object_stream(container, 0) else {
                continue;
            };
            if let Some(index) = stream.offsets.iter().position(|&(n, _)| n == num) {
                return Some(Entry::InStream { container, index });
            }
        }
        None
    }

    fn scanned_object(&self, id: ObjectId, chain: usize) -> Result<Object> {
        let offset = self.scan().get(&id.0).copied();
        match offset {
            Some(offset) => self.object_at(offset, None, chain),
            None => damaged(format!("object {} {} is not in the PDF", id.0, id.1)),
        }
    }

    /// The last `trailer` dictionary of the file, or (with cross-reference
    /// streams) the last dictionary that names a `/Root`.
    fn scanned_trailer(&self) -> Result<Dictionary> {
        if let Some(at) = rfind(self.buf, b"trailer") {
            let mut lexer = Lexer::new(self.buf, at + b"trailer".len(), &self.values);
            if let Ok(Object::Dictionary(d)) = lexer.value(0)
                && d.has(b"Root")
            {
                return Ok(d);
            }
        }
        if let Some(at) = rfind(self.buf, b"/Root") {
            // The dictionary around it: back to its object's header.
            if let Some(&start) = self.scan().values().filter(|&&s| s < at).max()
                && let Ok(Object::Stream(s)) = self.object_at(start, None, MAX_CHAIN)
                && s.dict.has(b"Root")
            {
                return Ok(s.dict);
            }
        }
        damaged("the PDF has no cross-reference data and no trailer")
    }
}

/// The start and number of the `num gen obj` whose `obj` is at `at`.
fn object_header_before(buf: &[u8], at: usize) -> Option<(u32, usize)> {
    let mut i = at;
    let back_digits = |i: &mut usize| {
        let end = *i;
        while *i > 0 && buf[*i - 1].is_ascii_digit() {
            *i -= 1;
        }
        (*i < end).then_some((*i, end))
    };
    let back_space = |i: &mut usize| {
        let end = *i;
        while *i > 0 && is_space(buf[*i - 1]) {
            *i -= 1;
        }
        *i < end
    };
    if !back_space(&mut i) {
        // `12 0 obj` needs space before `obj`… unless none: `12 0obj` is rare.
    }
    back_digits(&mut i)?;
    if !back_space(&mut i) {
        return None;
    }
    let (start, end) = back_digits(&mut i)?;
    if start > 0 && !is_space(buf[start - 1]) && !is_delimiter(buf[start - 1]) {
        return None;
    }
    let num = parse_digits(&buf[start..end])?;
    Some((u32::try_from(num).ok()?, start))
}

fn parse_digits(s: &[u8]) -> Option<usize> {
    if s.is_empty() || s.len() > 12 || !s.iter().all(u8::is_ascii_digit) {
        return None;
    }
    s.iter().try_fold(0usize, |acc, &b| {
        acc.checked_mul(10)?.checked_add(usize::from(b - b'0'))
    })
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0C' | b'\0')
}

fn is_delimiter(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

fn find(buf: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    buf.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

fn rfind(buf: &[u8], needle: &[u8]) -> Option<usize> {
    buf.windows(needle.len()).rposition(|w| w == needle)
}

/// `end` moved back over the end of line before `endstream`.
fn trim_eol(buf: &[u8], start: usize, mut end: usize) -> usize {
    if end > start && buf[end - 1] == b'\n' {
        end -= 1;
    }
    if end > start && buf[end - 1] == b'\r' {
        end -= 1;
    }
    end
}

/// Reads PDF values from bytes, counting them against [`MAX_VALUES`].
struct Lexer<'b> {
    buf: &'b [u8],
    pos: usize,
    values: &'b Cell<usize>,
}

impl<'b> Lexer<'b> {
    fn new(buf: &'b [u8], pos: usize, values: &'b Cell<usize>) -> Self {
        // An offset read from the file may point past its end; the lexer
        // then finds nothing there rather than slicing out of bounds.
        Lexer {
            buf,
            pos: pos.min(buf.len()),
            values,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.buf.get(self.pos).copied()
    }

    /// Skips white space and comments.
    fn skip_space(&mut self) {
        while let Some(b) = self.peek() {
            if is_space(b) {
                self.pos += 1;
            } else if b == b'%' {
                while let Some(b) = self.peek() {
                    if b == b'\n' || b == b'\r' {
                        break;
                    }
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
    }

    /// Whether the keyword `word` comes next (and then it is passed).
    fn keyword(&mut self, word: &[u8]) -> bool {
        self.skip_space();
        let end = self.pos + word.len();
        if self.buf.get(self.pos..end) == Some(word)
            && self
                .buf
                .get(end)
                .is_none_or(|&b| is_space(b) || is_delimiter(b))
        {
            self.pos = end;
            true
        } else {
            false
        }
    }

    /// An integer.
    fn integer(&mut self) -> Result<i64> {
        self.skip_space();
        match self.number()? {
            Object::Integer(n) => Ok(n),
            _ => damaged(format!("a whole number was expected at byte {}", self.pos)),
        }
    }

    /// A number: an integer, or a real.
    fn number(&mut self) -> Result<Object> {
        let start = self.pos;
        while let Some(b) = self.peek() {
            if b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.') {
                self.pos += 1;
            } else {
                break;
            }
        }
        let text = std::str::from_utf8(&self.buf[start..self.pos]).unwrap_or("");
        if let Ok(n) = text.parse::<i64>() {
            return Ok(Object::Integer(n));
        }
        match text.parse::<f64>() {
            Ok(x) => Ok(Object::Real(x as f32)),
            // PDF writes "-.5" and "4." which Rust reads; "--3" it does not.
            Err(_) if text.starts_with('.') || text.ends_with('.') => Ok(Object::Real(0.0)),
            Err(_) => damaged(format!("not a number at byte {start}")),
        }
    }

    /// One value: a dictionary, array, string, name, number, reference,
    /// boolean or null.
    fn value(&mut self, depth: usize) -> Result<Object> {
        let n = self.values.get() + 1;
        if n > MAX_VALUES {
            return Err(ReadError::Bound(format!(
                "finding the attachment would parse more than {MAX_VALUES} values of the PDF"
            )));
        }
        self.values.set(n);
        if depth > MAX_DEPTH {
            return Err(ReadError::Bound(format!(
                "the PDF nests arrays and dictionaries more than {MAX_DEPTH} levels deep"
            )));
        }
        self.skip_space();
        let start = self.pos;
        let Some(b) = self.peek() else {
            return damaged("the PDF ends in the middle of an object");
        };
        match b {
            b'<' if self.buf.get(self.pos + 1) == Some(&b'<') => {
                self.pos += 2;
                let mut dict = Dictionary::new();
                loop {
                    self.skip_space();
                    if self.buf.get(self.pos..self.pos + 2) == Some(b">>") {
                        self.pos += 2;
                        return Ok(Object::Dictionary(dict));
                    }
                    let Object::Name(key) = self.value(depth + 1)? else {
                        return damaged(format!(
                            "a dictionary key is not a name at byte {}",
                            self.pos
                        ));
                    };
                    let value = self.value(depth + 1)?;
                    dict.set(key, value);
                }
            }
            b'<' => {
                self.pos += 1;
                let mut out = Vec::new();
                let mut high: Option<u8> = None;
                loop {
                    let Some(c) = self.peek() else {
                        return damaged(format!("a hex string at byte {start} has no end"));
                    };
                    self.pos += 1;
                    let v = match c {
                        b'>' => break,
                        b'0'..=b'9' => c - b'0',
                        b'a'..=b'f' => c - b'a' + 10,
                        b'A'..=b'F' => c - b'A' + 10,
                        c if is_space(c) => continue,
                        _ => return damaged(format!("a hex string at byte {start} is malformed")),
                    };
                    match high.take() {
                        Some(h) => out.push(h << 4 | v),
                        None => high = Some(v),
                    }
                }
                if let Some(h) = high {
                    out.push(h << 4);
                }
                Ok(Object::String(out, StringFormat::Hexadecimal))
            }
            b'(' => self.literal_string(),
            b'[' => {
                self.pos += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_space();
                    if self.peek() == Some(b']') {
                        self.pos += 1;
                        return Ok(Object::Array(items));
                    }
                    items.push(self.value(depth + 1)?);
                }
            }
            b'/' => {
                self.pos += 1;
                let mut name = Vec::new();
                while let Some(c) = self.peek() {
                    if is_space(c) || is_delimiter(c) {
                        break;
                    }
                    self.pos += 1;
                    if c == b'#'
                        && let Some(v) = self
                            .buf
                            .get(self.pos..self.pos + 2)
                            .and_then(|h| std::str::from_utf8(h).ok())
                            .and_then(|h| u8::from_str_radix(h, 16).ok())
                    {
                        name.push(v);
                        self.pos += 2;
                    } else {
                        name.push(c);
                    }
                }
                Ok(Object::Name(name))
            }
            b'0'..=b'9' | b'+' | b'-' | b'.' => {
                let number = self.number()?;
                if let Object::Integer(num) = number
                    && b.is_ascii_digit()
                {
                    // `num gen R` is a reference.
                    let after = self.pos;
                    self.skip_space();
                    if self.peek().is_some_and(|c| c.is_ascii_digit())
                        && let Ok(Object::Integer(generation)) = self.number()
                        && self.keyword(b"R")
                        && let (Ok(num), Ok(generation)) =
                            (u32::try_from(num), u16::try_from(generation))
                    {
                        return Ok(Object::Reference((num, generation)));
                    }
                    self.pos = after;
                }
                Ok(number)
            }
            _ if self.keyword(b"true") => Ok(Object::Boolean(true)),
            _ if self.keyword(b"false") => Ok(Object::Boolean(false)),
            _ if self.keyword(b"null") => Ok(Object::Null),
            _ => damaged(format!("unexpected bytes at {start}")),
        }
    }

    /// A string in parentheses, with its escapes.
    fn literal_string(&mut self) -> Result<Object> {
        let start = self.pos;
        self.pos += 1;
        let mut out = Vec::new();
        let mut open = 1usize;
        loop {
            let Some(c) = self.peek() else {
                return damaged(format!("a string at byte {start} has no end"));
            };
            self.pos += 1;
            match c {
                b'(' => {
                    open += 1;
                    out.push(c);
                }
                b')' => {
                    open -= 1;
                    if open == 0 {
                        return Ok(Object::String(out, StringFormat::Literal));
                    }
                    out.push(c);
                }
                b'\\' => {
                    let Some(e) = self.peek() else { continue };
                    self.pos += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'\r' => {
                            if self.peek() == Some(b'\n') {
                                self.pos += 1;
                            }
                        }
                        b'\n' => {}
                        b'0'..=b'7' => {
                            let mut v = u32::from(e - b'0');
                            for _ in 0..2 {
                                match self.peek() {
                                    Some(d @ b'0'..=b'7') => {
                                        v = v * 8 + u32::from(d - b'0');
                                        self.pos += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push(v as u8);
                        }
                        other => out.push(other),
                    }
                }
                _ => out.push(c),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> Object {
        let values = Cell::new(0);
        Lexer::new(text.as_bytes(), 0, &values).value(0).unwrap()
    }

    #[test]
    fn values_are_read_as_lopdf_reads_them() {
        assert_eq!(value("12 0 R"), Object::Reference((12, 0)));
        assert_eq!(value("12 0 obj"), Object::Integer(12));
        assert_eq!(value("/A#42c"), Object::Name(b"ABc".to_vec()));
        assert_eq!(
            value("(a\\(b\\)\\101(c))"),
            Object::String(b"a(b)A(c)".to_vec(), StringFormat::Literal)
        );
        assert_eq!(
            value("<48 65 6C6C6F>"),
            Object::String(b"Hello".to_vec(), StringFormat::Hexadecimal)
        );
        let Object::Dictionary(d) = value("<< /K [1 2.5 -3 true null] % note\n /L << >> >>") else {
            panic!("not a dictionary")
        };
        assert_eq!(
            d.get(b"K").unwrap(),
            &Object::Array(vec![
                Object::Integer(1),
                Object::Real(2.5),
                Object::Integer(-3),
                Object::Boolean(true),
                Object::Null
            ])
        );
    }

    #[test]
    fn a_deep_or_long_value_is_refused_by_its_counts() {
        let values = Cell::new(0);
        let deep = "[".repeat(100) + &"]".repeat(100);
        let e = Lexer::new(deep.as_bytes(), 0, &values)
            .value(0)
            .unwrap_err();
        assert!(matches!(e, ReadError::Bound(_)), "{e:?}");
        let values = Cell::new(0);
        let long = format!("[{}]", "0 ".repeat(MAX_VALUES + 1));
        let e = Lexer::new(long.as_bytes(), 0, &values)
            .value(0)
            .unwrap_err();
        assert!(e.to_string().contains("more than 200000 values"), "{e}");
    }
}

//! The template and fonts compiled into the binary.
//!
//! Listed one by one with `include_bytes!`, so that a missing file fails the
//! build rather than a render on a user's machine.

/// The template's virtual path, its only typst source.
pub const TEMPLATE_PATH: &str = "/notice.typ";

/// The template as diagnostics name it: its file in seloste's sources.
pub const TEMPLATE_NAME: &str = "typst-templates/notice.typ";

/// The template.
pub const TEMPLATE: &str = include_str!("../../typst-templates/notice.typ");

/// The bundled fonts (Libertinus Serif, SIL Open Font License 1.1).
pub const FONTS: &[&[u8]] = &[
    include_bytes!("../../fonts/LibertinusSerif-Regular.otf"),
    include_bytes!("../../fonts/LibertinusSerif-Bold.otf"),
    include_bytes!("../../fonts/LibertinusSerif-Italic.otf"),
    include_bytes!("../../fonts/LibertinusSerif-BoldItalic.otf"),
    include_bytes!("../../fonts/LibertinusSerif-Semibold.otf"),
];

// Each level doubles the expansion; the recursion limit or the compile budget stops it.
macro_rules! boom { () => { 1 }; ($x:tt $($rest:tt)*) => { boom!($($rest)*) + boom!($($rest)*) }; }
fn main() { println!("{}", boom!(a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a)); }

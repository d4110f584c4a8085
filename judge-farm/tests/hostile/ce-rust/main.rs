fn main() {
    let v: Vec<i32> = vec!["no"];
    println!("{}", v.len());
}

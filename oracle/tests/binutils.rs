//! Every object the corpus produces is accepted by binutils (`readelf -a`,
//! `objdump -d -r`), and objdump's disassembly agrees with `janus asm`'s
//! listing instruction for instruction (entry, offset, mnemonic).

mod common;

use janus_backend::compile::compile_module;
use janus_backend::ir::parse_module;
use janus_backend::object::write_object;
use std::collections::BTreeMap;
use std::process::Command;

/// (entry, offset within the entry) -> mnemonic, from the listing.
fn from_listing(text: &str) -> BTreeMap<(String, u64), String> {
    let mut out = BTreeMap::new();
    let mut entry = String::new();
    for line in text.lines() {
        if let Some((name, rest)) = line.split_once(":  ;") {
            if !name.starts_with(' ') && rest.contains("frame") {
                entry = name.to_string();
                continue;
            }
        }
        let t = line.trim_start();
        if !line.starts_with("  ") || t.starts_with(';') {
            continue;
        }
        let mut parts = t.splitn(2, "  ");
        let (Some(off), Some(rest)) = (parts.next(), parts.next()) else {
            continue;
        };
        let Ok(off) = u64::from_str_radix(off, 16) else {
            continue;
        };
        // After the offset: hex bytes, then the instruction.
        let words: Vec<&str> = rest.split_whitespace().collect();
        let Some(mnemonic) = words
            .iter()
            .find(|w| !(w.len() == 2 && w.chars().all(|c| c.is_ascii_hexdigit())))
        else {
            continue;
        };
        out.insert((entry.clone(), off), mnemonic.to_string());
    }
    out
}

/// The same from `objdump -d -M intel`.
fn from_objdump(text: &str) -> BTreeMap<(String, u64), String> {
    let mut out = BTreeMap::new();
    let (mut entry, mut base) = (String::new(), 0u64);
    for line in text.lines() {
        if let Some(rest) = line.strip_suffix(">:") {
            if let Some((addr, name)) = rest.split_once(" <") {
                entry = name.to_string();
                base = u64::from_str_radix(addr.trim(), 16).unwrap();
            }
            continue;
        }
        let Some((addr, insn)) = line.split_once(":\t") else {
            continue;
        };
        let Ok(addr) = u64::from_str_radix(addr.trim(), 16) else {
            continue;
        };
        let Some(m) = insn.split_whitespace().next() else {
            continue;
        };
        // Padding between entries is int3 (the listing shows entries only).
        if m == "int3" {
            continue;
        }
        let m = if m == "movabs" { "mov" } else { m };
        out.insert((entry.clone(), addr - base), m.to_string());
    }
    out
}

#[test]
fn corpus_objects_pass_binutils_and_agree_with_the_listing() {
    let dir = common::repo().join("corpus/modules");
    let tmp = std::env::temp_dir().join(format!("janus-binutils-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.retain(|p| p.extension().is_some_and(|x| x == "jir"));
    files.sort();
    assert!(!files.is_empty());
    for f in &files {
        let m = parse_module(&std::fs::read_to_string(f).unwrap()).unwrap();
        let elf = write_object(&compile_module(&m).unwrap()).unwrap();
        let obj = tmp.join(f.with_extension("o").file_name().unwrap());
        std::fs::write(&obj, &elf).unwrap();
        for args in [
            &["-a"][..],
            &["-d", "-r", "-w", "-M", "intel", "--no-show-raw-insn"][..],
        ] {
            let tool = if args[0] == "-a" {
                "readelf"
            } else {
                "objdump"
            };
            let o = Command::new(tool)
                .args(args)
                .arg(&obj)
                .output()
                .unwrap_or_else(|e| panic!("{tool}: {e} (install binutils)"));
            let stderr = String::from_utf8_lossy(&o.stderr);
            assert!(
                o.status.success() && stderr.is_empty(),
                "{tool} on {}: {stderr}",
                f.display()
            );
            if tool == "objdump" {
                let ours = from_listing(&janus_oracle::listing::listing(&elf).unwrap());
                let theirs = from_objdump(&String::from_utf8_lossy(&o.stdout));
                assert!(!ours.is_empty());
                assert_eq!(
                    ours,
                    theirs,
                    "{}: objdump and the listing disagree",
                    f.display()
                );
            }
        }
    }
}

//! Mixed links: which compiler's definition each call edge of a module
//! reaches.
//!
//! With Go as a peer every function of a module exists twice in the
//! machine, compiled by janus and by Go. A *call edge* is a caller, a
//! callee and the entry the call goes through (`call F` through its
//! ABIInternal or its ABI0 entry); a [`LinkPlan`] binds every edge to one
//! side. Binding is done on the loaded code, not by rebuilding anything:
//! both compilers emit a direct `call rel32` (or `jmp rel32`) for a direct
//! call, so a caller's calls of the callee's entry on one side are
//! retargeted to the same entry on the other side ([`retarget_branches`]).
//! The entry a call goes through is kept (an ABI0 call reaches the other
//! side's ABI0 entry), so every mix of caller, callee and ABI is a plain
//! cross-compiler call that Go's linker could have made.
//!
//! Plans are chosen per case from a seed, so the same seed gives the same
//! links; across cases every edge is bound both ways.
//!
//! Indirect calls (`callval`, `callmethod`) are not edges: they reach
//! whichever code the func value or itab they go through names, and func
//! values made by either side flow to both.

use janus_backend::abi::Abi;
use janus_backend::ir::{Module, Op};
use std::collections::{BTreeSet, HashMap};
use std::fmt;

/// A direct call of `callee` from `caller` through `callee`'s `entry`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CallEdge {
    pub caller: String,
    pub callee: String,
    pub entry: Abi,
}

impl CallEdge {
    /// The order edges are listed in: caller, callee, ABIInternal first.
    fn key(&self) -> (&str, &str, bool) {
        (&self.caller, &self.callee, self.entry == Abi::Abi0)
    }
}

impl fmt::Display for CallEdge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let entry = match self.entry {
            Abi::Internal => "ABIInternal",
            Abi::Abi0 => "ABI0",
        };
        write!(f, "{} -> {} ({entry})", self.caller, self.callee)
    }
}

/// Which compiler's code an edge reaches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Side {
    Janus,
    Go,
}

impl fmt::Display for Side {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Side::Janus => "janus",
            Side::Go => "Go",
        })
    }
}

/// The module's call edges between its own functions, each once, in a
/// fixed order (calls of externs are not edges: only the oracle defines
/// an extern).
pub fn call_edges(module: &Module) -> Vec<CallEdge> {
    let defined: BTreeSet<&str> = module.functions.iter().map(|f| f.name.as_str()).collect();
    let mut edges = Vec::new();
    for f in &module.functions {
        for b in &f.blocks {
            for inst in &b.insts {
                if let Op::Call { callee, entry, .. } = &inst.op {
                    if defined.contains(callee.as_str()) {
                        edges.push(CallEdge {
                            caller: f.name.clone(),
                            callee: callee.clone(),
                            entry: *entry,
                        });
                    }
                }
            }
        }
    }
    edges.sort_by(|a, b| a.key().cmp(&b.key()));
    edges.dedup();
    edges
}

/// The functions whose static func values janus's object must hold for
/// [`crate::exec::EntryRunner::link`]: the run lines' ([`Module::run_funcvals`]),
/// and every `abi0` function called through its ABIInternal entry, which
/// Go's callers call through a func value (binding such an edge to janus
/// loads janus's func value instead).
pub fn funcvals_for_links(m: &Module) -> Vec<&str> {
    let mut out = m.run_funcvals();
    for f in &m.functions {
        for b in &f.blocks {
            for i in &b.insts {
                if let Op::Call { callee, entry, .. } = &i.op {
                    let abi0 = m.function(callee).is_some_and(|c| c.abi == Abi::Abi0);
                    if abi0 && *entry == Abi::Internal && !out.contains(&callee.as_str()) {
                        out.push(callee);
                    }
                }
            }
        }
    }
    out
}

/// A recorded call (`f(obj0+8 0x3, stack)`) with every pointer to memory
/// the run made — `stack`, or an object numbered `inputs` or more —
/// written `made`: how calls through janus's and Go's outer functions
/// compare (Go keeps a local whose address is taken on the heap, janus on
/// its stack).
pub fn made_as_one(call: &str, inputs: usize) -> String {
    call.split_inclusive([' ', ',', '(', ')'])
        .map(|t| {
            let word = t.trim_end_matches([' ', ',', '(', ')']);
            let rest = &t[word.len()..];
            let made = word == "stack"
                || word
                    .strip_prefix("obj")
                    .and_then(|w| w.split('+').next())
                    .and_then(|n| n.parse::<usize>().ok())
                    .is_some_and(|n| n >= inputs);
            if made {
                format!("made{rest}")
            } else {
                t.to_string()
            }
        })
        .collect()
}

/// Every edge bound to one side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkPlan {
    pub edges: Vec<(CallEdge, Side)>,
}

impl LinkPlan {
    /// Every edge to `side`.
    pub fn all(edges: &[CallEdge], side: Side) -> LinkPlan {
        LinkPlan {
            edges: edges.iter().map(|e| (e.clone(), side)).collect(),
        }
    }

    /// Plan number `case` of the module under `seed`: each edge's side is a
    /// bit of a hash of (seed, case, edge), so plans are independent of
    /// each other and of the order cases run in. With one edge, cases
    /// alternate sides; with more, about half the edges cross.
    pub fn mixed(edges: &[CallEdge], seed: u64, case: u64) -> LinkPlan {
        LinkPlan {
            edges: edges
                .iter()
                .enumerate()
                .map(|(i, e)| {
                    let bit = if edges.len() == 1 {
                        case & 1 == 1
                    } else {
                        mix(mix(seed ^ case.rotate_left(32)) ^ i as u64) & 1 == 1
                    };
                    (e.clone(), if bit { Side::Go } else { Side::Janus })
                })
                .collect(),
        }
    }

    /// The side of `edge`, if the plan has it.
    pub fn side(&self, edge: &CallEdge) -> Option<Side> {
        self.edges.iter().find(|(e, _)| e == edge).map(|&(_, s)| s)
    }

    /// A one-line description for findings: the edges that cross
    /// (a caller of one side calling the other side's callee) given which
    /// side each caller runs on.
    pub fn describe(&self, caller_side: impl Fn(&str) -> Side) -> String {
        let crossing: Vec<String> = self
            .edges
            .iter()
            .map(|(e, s)| {
                let from = caller_side(&e.caller);
                format!("{e}: {from} calls {s}")
            })
            .collect();
        if crossing.is_empty() {
            "no call edges".into()
        } else {
            crossing.join("; ")
        }
    }
}

/// What binding one edge did in the loaded code: how many call sites (or
/// func value loads) of the caller's janus code now reach Go's entry, and
/// of the caller's Go code janus's. One of the two is 0: an edge bound to
/// a side is patched only in the other side's caller.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EdgeLink {
    pub edge: CallEdge,
    pub side: Side,
    pub janus_patches: usize,
    pub go_patches: usize,
}

/// What [`crate::exec::EntryRunner::link`] did.
#[derive(Clone, Debug)]
pub struct LinkReport {
    pub edges: Vec<EdgeLink>,
    /// Patches written (the previous plan's undone ones not counted).
    pub patches: usize,
    /// Time spent undoing the previous plan, finding and writing the
    /// patches (the emulator drops the translations of the bytes written).
    pub took: std::time::Duration,
}

/// What the loader binds Go's assembly placeholders to: every `abi0`
/// function and extern of the module is, in Go, a declaration whose
/// assembly body is a placeholder (docs/peer.md), bound to janus's ABI0
/// entry of it (janus's definition of an `abi0` function; for an extern,
/// janus's wrapper or the oracle's own definition). Pairs of (Go
/// placeholder symbol, janus symbol).
pub fn placeholder_binds(symbols: &[crate::peer::emit::FuncSymbols]) -> Vec<(String, String)> {
    symbols
        .iter()
        .filter_map(|s| {
            let p = s.placeholder.clone()?;
            Some((p, format!("{}.abi0", s.ir_name)))
        })
        .collect()
}

/// SplitMix64's finaliser: a well-mixed hash of one word.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A rewrite of loaded code: `bytes` at `at`, making a branch (or a
/// load) that reached `from` reach `to`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Patch {
    pub at: u64,
    pub bytes: Vec<u8>,
    /// The old and new targets.
    pub from: u64,
    pub to: u64,
}

/// Why code could not be retargeted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkError(pub String);

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The patches that make every direct `call rel32` and `jmp rel32` in
/// `code` (a function's, loaded at `addr`, its entry) whose target is a
/// key of `retarget` branch to the key's value instead, but a `jmp` to
/// `addr` itself: that restarts the function after morestack (Go's cold
/// path ends `JMP entry`), it does not call it again. Decoding follows the code linearly: both
/// compilers put only instructions in a function's range (Go pads with
/// `int3`, which decodes as itself). An undecodable byte or a new target
/// out of `rel32` range is an error naming the address.
pub fn retarget_branches(
    code: &[u8],
    addr: u64,
    retarget: &HashMap<u64, u64>,
) -> Result<Vec<Patch>, LinkError> {
    use iced_x86::{Code, Decoder, DecoderOptions};
    let mut decoder = Decoder::with_ip(64, code, addr, DecoderOptions::NONE);
    let mut patches = Vec::new();
    while decoder.can_decode() {
        let inst = decoder.decode();
        if inst.is_invalid() {
            return Err(LinkError(format!(
                "undecodable instruction at {:#x}",
                inst.ip()
            )));
        }
        if !matches!(inst.code(), Code::Call_rel32_64 | Code::Jmp_rel32_64) {
            continue;
        }
        let from = inst.near_branch_target();
        // A jump to the function's own entry starts it over (the cold
        // path after morestack): the same call, not a call of itself.
        if inst.code() == Code::Jmp_rel32_64 && from == addr {
            continue;
        }
        let Some(&to) = retarget.get(&from) else {
            continue;
        };
        let next = inst.next_ip();
        let rel = (to as i128) - (next as i128);
        let rel32 = i32::try_from(rel).map_err(|_| {
            LinkError(format!(
                "branch at {:#x}: new target {to:#x} is out of rel32 range",
                inst.ip()
            ))
        })?;
        // The displacement is the instruction's last four bytes.
        patches.push(Patch {
            at: next - 4,
            bytes: rel32.to_le_bytes().to_vec(),
            from,
            to,
        });
    }
    Ok(patches)
}

/// The patches that make every load of a func value variable in `code`
/// (loaded at `addr`) produce another func value: Go calls an `abi0`
/// function's ABIInternal entry indirectly, `MOVQ main.m<k>int_F(SB), R`
/// (a RIP-relative load of the variable holding a pointer to F's static
/// func value), then `CALL` the func value's code word. Each such load of
/// a key of `retarget` (the variable's address) becomes `LEAQ v(SB), R`
/// with `v` the key's value (another static func value), the same length,
/// so the indirect call reaches `v`'s code. A matching load that is not a
/// 7-byte `REX.W 8B /r` with a RIP-relative operand is an error naming
/// the address, as are undecodable bytes and targets out of range.
pub fn retarget_funcval_loads(
    code: &[u8],
    addr: u64,
    retarget: &HashMap<u64, u64>,
) -> Result<Vec<Patch>, LinkError> {
    use iced_x86::{Code, Decoder, DecoderOptions};
    let mut decoder = Decoder::with_ip(64, code, addr, DecoderOptions::NONE);
    let mut patches = Vec::new();
    while decoder.can_decode() {
        let inst = decoder.decode();
        if inst.is_invalid() {
            return Err(LinkError(format!(
                "undecodable instruction at {:#x}",
                inst.ip()
            )));
        }
        if !inst.is_ip_rel_memory_operand() {
            continue;
        }
        let from = inst.ip_rel_memory_address();
        let Some(&to) = retarget.get(&from) else {
            continue;
        };
        let start = (inst.ip() - addr) as usize;
        let bytes = &code[start..start + inst.len()];
        // REX.W (R may be set: R8-R15), opcode 8B, ModRM mod=00 rm=101.
        let plain = inst.code() == Code::Mov_r64_rm64
            && bytes.len() == 7
            && bytes[0] & 0xfb == 0x48
            && bytes[1] == 0x8b
            && bytes[2] & 0xc7 == 0x05;
        if !plain {
            return Err(LinkError(format!(
                "the use of {from:#x} at {:#x} is not a RIP-relative MOVQ of a func value variable ({bytes:02x?})",
                inst.ip()
            )));
        }
        let rel = (to as i128) - (inst.next_ip() as i128);
        let rel32 = i32::try_from(rel).map_err(|_| {
            LinkError(format!(
                "load at {:#x}: the func value {to:#x} is out of rel32 range",
                inst.ip()
            ))
        })?;
        let mut new = vec![bytes[0], 0x8d, bytes[2]];
        new.extend_from_slice(&rel32.to_le_bytes());
        patches.push(Patch {
            at: inst.ip(),
            bytes: new,
            from,
            to,
        });
    }
    Ok(patches)
}

/// Applies `patches` to `code` loaded at `addr`.
pub fn apply(code: &mut [u8], addr: u64, patches: &[Patch]) {
    for p in patches {
        let i = (p.at - addr) as usize;
        code[i..i + p.bytes.len()].copy_from_slice(&p.bytes);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module(text: &str) -> Module {
        janus_backend::ir::parse_module(text).expect("module")
    }

    #[test]
    fn edges_are_direct_calls_between_the_modules_functions() {
        let m = module(
            "extern abi0 func x0(a int64) int64
internal func leaf(a int64) int64 {
entry:
    p = param 0, 0
    ret p
}
abi0 func mid(a int64) int64 {
entry:
    p = param 0, 0
    r = call internal leaf(p)
    s = call abi0 leaf(r)
    t = call abi0 x0(s)
    u = call internal leaf(t)
    ret u
}
",
        );
        let edges = call_edges(&m);
        let shown: Vec<String> = edges.iter().map(|e| e.to_string()).collect();
        assert_eq!(
            shown,
            ["mid -> leaf (ABIInternal)", "mid -> leaf (ABI0)"],
            "one edge per entry used; the extern is not an edge"
        );
    }

    #[test]
    fn plans_are_deterministic_and_bind_every_edge_both_ways() {
        let edges: Vec<CallEdge> = (0..4)
            .map(|i| CallEdge {
                caller: format!("f{i}"),
                callee: "g".into(),
                entry: Abi::Internal,
            })
            .collect();
        let a: Vec<LinkPlan> = (0..32).map(|c| LinkPlan::mixed(&edges, 7, c)).collect();
        let b: Vec<LinkPlan> = (0..32).map(|c| LinkPlan::mixed(&edges, 7, c)).collect();
        assert_eq!(a, b);
        for e in &edges {
            let sides: BTreeSet<Side> = a.iter().filter_map(|p| p.side(e)).collect();
            assert_eq!(sides.len(), 2, "{e} bound both ways over 32 cases");
        }
        let one = &edges[..1];
        assert_eq!(LinkPlan::mixed(one, 7, 0).edges[0].1, Side::Janus);
        assert_eq!(LinkPlan::mixed(one, 7, 1).edges[0].1, Side::Go);
    }

    #[test]
    fn calls_and_jumps_to_a_target_are_retargeted_and_others_kept() {
        let base = 0x1000_0000u64;
        // call +0 (to base+5); jmp -10 (to base: the function's own
        // entry); call +16 (to base+31); nop; int3
        let mut code = vec![0xe8, 0, 0, 0, 0, 0xe9, 0xf6, 0xff, 0xff, 0xff];
        code.extend([0xe8, 0x10, 0, 0, 0, 0x90, 0xcc]);
        let retarget = HashMap::from([(base + 5, 0x40_1000u64), (base + 31, base + 0x100)]);
        let patches = retarget_branches(&code, base, &retarget).unwrap();
        assert_eq!(patches.len(), 2, "{patches:?}");
        apply(&mut code, base, &patches);
        let mut d = iced_x86::Decoder::with_ip(64, &code, base, iced_x86::DecoderOptions::NONE);
        let targets: Vec<u64> = (0..3).map(|_| d.decode().near_branch_target()).collect();
        assert_eq!(targets, [0x40_1000, base, base + 0x100]);
        // A jump to the function's own entry is a restart, kept even when
        // calls of the entry (a recursion) are retargeted.
        let mut code = vec![0xe8, 0xfb, 0xff, 0xff, 0xff, 0xe9, 0xf6, 0xff, 0xff, 0xff];
        let patches =
            retarget_branches(&code, base, &HashMap::from([(base, 0x40_1000u64)])).unwrap();
        assert_eq!(patches.len(), 1, "{patches:?}");
        apply(&mut code, base, &patches);
        let mut d = iced_x86::Decoder::with_ip(64, &code, base, iced_x86::DecoderOptions::NONE);
        let targets: Vec<u64> = (0..2).map(|_| d.decode().near_branch_target()).collect();
        assert_eq!(targets, [0x40_1000, base]);
    }

    #[test]
    fn func_value_loads_become_leas_of_the_other_func_value() {
        let base = 0x1000_0000u64;
        // MOVQ v(RIP), DX (v at base+0x107); MOVQ (DX), SI; CALL SI;
        // MOVQ v(RIP), R11 (v again); MOVQ w(RIP), CX (another variable)
        let mut code = vec![0x48, 0x8b, 0x15, 0x00, 0x01, 0, 0];
        code.extend([0x48, 0x8b, 0x32, 0xff, 0xd6]);
        code.extend([0x4c, 0x8b, 0x1d, 0xf4, 0x00, 0, 0]);
        code.extend([0x48, 0x8b, 0x0d, 0x00, 0x02, 0, 0]);
        let v = base + 0x107;
        let funcval = 0x40_2000u64;
        let patches = retarget_funcval_loads(&code, base, &HashMap::from([(v, funcval)])).unwrap();
        assert_eq!(patches.len(), 2, "{patches:?}");
        apply(&mut code, base, &patches);
        let mut d = iced_x86::Decoder::with_ip(64, &code, base, iced_x86::DecoderOptions::NONE);
        let insts: Vec<iced_x86::Instruction> = (0..5).map(|_| d.decode()).collect();
        for i in [0, 3] {
            assert_eq!(insts[i].mnemonic(), iced_x86::Mnemonic::Lea, "{i}");
            assert_eq!(insts[i].ip_rel_memory_address(), funcval, "{i}");
        }
        assert_eq!(insts[0].op0_register(), iced_x86::Register::RDX);
        assert_eq!(insts[3].op0_register(), iced_x86::Register::R11);
        assert_eq!(insts[4].mnemonic(), iced_x86::Mnemonic::Mov, "w kept");
        // Another use of the variable is an error.
        let store = [0x48, 0x89, 0x15, 0, 0, 0, 0];
        let e = retarget_funcval_loads(&store, base, &HashMap::from([(base + 7, funcval)]))
            .unwrap_err();
        assert!(e.0.contains("not a RIP-relative MOVQ"), "{e}");
    }

    #[test]
    fn out_of_range_targets_and_bad_bytes_are_errors() {
        let base = 0x1000_0000u64;
        let code = [0xe8, 0, 0, 0, 0];
        let far = HashMap::from([(base + 5, 0x7fff_0000_0000u64)]);
        let e = retarget_branches(&code, base, &far).unwrap_err();
        assert!(e.0.contains("out of rel32 range"), "{e}");
        let bad = [0x0f, 0x0b, 0x06];
        let e = retarget_branches(&bad, base, &HashMap::new()).unwrap_err();
        assert!(e.0.contains("undecodable"), "{e}");
    }
}

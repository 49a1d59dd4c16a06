//! proptest strategies for types and signatures, shrinking towards small,
//! flat signatures of scalars.

use janus_backend::types::{Basic, ChanDir, FuncType, Interface, Method, Param, Type};
use proptest::prelude::*;
use proptest::sample::select;

/// A scalar or other non-composite type.
pub fn leaf_type() -> impl Strategy<Value = Type> {
    prop_oneof![
        6 => select(Basic::ALL.to_vec()).prop_map(Type::basic),
        1 => Just(Type::empty_interface()),
        1 => Just(Type::interface(Interface {
            alias: None,
            methods: vec![Method {
                name: "M".into(),
                sig: FuncType {
                    params: vec![],
                    results: vec![Param::new(Type::basic(Basic::String))],
                    variadic: false,
                },
            }],
        })),
        1 => select(vec![ChanDir::Both, ChanDir::Send, ChanDir::Recv])
            .prop_map(|d| Type::chan(d, Type::basic(Basic::Int)).expect("small element")),
        1 => Just(Type::map(Type::basic(Basic::String), Type::basic(Basic::Int))),
        1 => Just(Type::func(FuncType::default())),
    ]
}

/// Any type janus handles, nested up to `depth` composites deep.
pub fn any_type(depth: u32) -> impl Strategy<Value = Type> {
    leaf_type().prop_recursive(depth, 32, 6, |inner| {
        prop_oneof![
            1 => inner.clone().prop_map(Type::pointer),
            1 => inner.clone().prop_map(Type::slice),
            3 => (inner.clone(), prop_oneof![Just(0u64), Just(1u64), Just(2u64), 3u64..6])
                .prop_map(|(t, n)| Type::array(t, n).expect("small array")),
            4 => prop::collection::vec((prop::option::weighted(0.8, "[a-z]{1,3}"), inner), 0..6)
                .prop_map(|fields| Type::structure(fields).expect("small struct")),
        ]
    })
}

/// A function type with up to `max_params` parameters and `max_results`
/// results. Half the lists are float-heavy, so that both register files
/// overflow often.
pub fn func_type(max_params: usize, max_results: usize) -> impl Strategy<Value = FuncType> {
    let float = || {
        select(vec![
            Basic::Float32,
            Basic::Float64,
            Basic::Complex64,
            Basic::Complex128,
        ])
        .prop_map(Type::basic)
    };
    let list = move |max: usize| {
        prop_oneof![
            prop::collection::vec(
                prop_oneof![3 => leaf_type(), 2 => any_type(3), 1 => float()],
                0..=max
            ),
            prop::collection::vec(
                prop_oneof![2 => leaf_type(), 1 => any_type(2), 4 => float()],
                max / 2..=max
            ),
        ]
    };
    (list(max_params), list(max_results)).prop_map(|(ps, rs)| FuncType {
        params: ps.into_iter().map(Param::new).collect(),
        results: rs.into_iter().map(Param::new).collect(),
        variadic: false,
    })
}

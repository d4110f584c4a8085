//! Enums stored in Postgres as their text name (`varchar` columns with a check constraint),
//! so rows decode them directly instead of parsing strings by hand. A hand impl rather than
//! `derive(sqlx::Type)`: the derive's `type_name = "text"` refuses `varchar` columns, while
//! this delegates to `str`, which accepts every text type.

/// Implements `sqlx::{Type, Encode, Decode}` for Postgres on `$ty`, stored as `$name(self)`
/// and read back with `$parse(&str) -> Option<$ty>` (an unknown name is a decode error).
macro_rules! stored_as_text {
    ($ty:ty, $name:path, $parse:path) => {
        #[cfg(feature = "sqlx")]
        const _: () = {
            use sqlx::encode::IsNull;
            use sqlx::error::BoxDynError;
            use sqlx::postgres::{PgArgumentBuffer, PgTypeInfo, PgValueRef, Postgres};

            impl sqlx::Type<Postgres> for $ty {
                fn type_info() -> PgTypeInfo {
                    <str as sqlx::Type<Postgres>>::type_info()
                }

                fn compatible(ty: &PgTypeInfo) -> bool {
                    <str as sqlx::Type<Postgres>>::compatible(ty)
                }
            }

            impl sqlx::Encode<'_, Postgres> for $ty {
                fn encode_by_ref(&self, buf: &mut PgArgumentBuffer) -> Result<IsNull, BoxDynError> {
                    <&str as sqlx::Encode<Postgres>>::encode($name(*self), buf)
                }
            }

            impl<'r> sqlx::Decode<'r, Postgres> for $ty {
                fn decode(value: PgValueRef<'r>) -> Result<Self, BoxDynError> {
                    let name = <&str as sqlx::Decode<Postgres>>::decode(value)?;
                    $parse(name).ok_or_else(|| {
                        format!("{name:?} is not a stored {}", stringify!($ty)).into()
                    })
                }
            }
        };
    };
}

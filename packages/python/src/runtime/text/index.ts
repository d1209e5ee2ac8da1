/**
 * CPython-exact text for numbers and strings: pure functions over plain JavaScript values
 * (int = bigint, float = number, str = string indexed by code point, bytes = Uint8Array).
 * Errors are thrown as PyError objects ({ pyType, message }) with CPython 3.11's messages.
 */
export { PyTextError, isPyError, pyError, type PyError, type PyErrorType } from './errors.js';
export {
  adjustIndices,
  chr,
  codePointAtIndex,
  compareStr,
  cpIndex,
  cpLength,
  fromCodePoints,
  isBmpOnly,
  toCodePoints,
  unitIndex,
} from './codePoints.js';
export {
  F_ALPHA,
  F_CASE_IGNORABLE,
  F_CASED,
  F_DECIMAL,
  F_DIGIT,
  F_LOWER,
  F_NUMERIC,
  F_PRINTABLE,
  F_SPACE,
  F_TITLE,
  F_UPPER,
  F_XID_CONTINUE,
  F_XID_START,
  UNICODE_VERSION,
  charFlags,
  decimalValue,
  foldOf,
  isLineBreakCp,
  isPrintableCp,
  isSpaceCp,
  lowerOf,
  titleOf,
  upperOf,
} from './unicode.js';
export { powPositive } from './pow.js';
export { dtoaDigits, exactDigits, formatDouble, decomposeDouble, type Digits, type DoubleFormatFlags } from './dtoa.js';
export { floatRepr, parseFloatLiteral, intToFloat, floatToInt, floatIsInteger } from './floatText.js';
export {
  DEFAULT_INT_MAX_STR_DIGITS,
  bitLength,
  getIntMaxStrDigits,
  intToBase,
  intToStr,
  parseIntLiteral,
  setIntMaxStrDigits,
  transformDecimalAndSpaceToAscii,
} from './intText.js';
export { formatFloat, formatInt, formatStr, parseFormatSpec, type FormatSpec } from './formatSpec.js';
export { percentFormat, type PercentArgs, type PercentHooks } from './percentFormat.js';
export {
  AutoNumber,
  FORMAT_RECURSION_DEPTH,
  checkConversion,
  parseFormatString,
  renderFormatString,
  splitFieldName,
  type FieldAccessor,
  type FieldName,
  type FormatChunk,
  type FormatField,
  type ParsedFormatString,
} from './formatString.js';
export { bytearrayRepr, bytesRepr, pyAscii, pyStrRepr } from './strRepr.js';
export {
  strCount,
  strEndswith,
  strFind,
  strIndex,
  strPartition,
  strRemoveprefix,
  strRemovesuffix,
  strReplace,
  strRfind,
  strRindex,
  strRpartition,
  strRsplit,
  strSplit,
  strSplitlines,
  strStartswith,
  strStrip,
  strLstrip,
  strRstrip,
} from './strSearch.js';
export {
  strCapitalize,
  strCasefold,
  strIsalnum,
  strIsalpha,
  strIsascii,
  strIsdecimal,
  strIsdigit,
  strIsidentifier,
  strIslower,
  strIsnumeric,
  strIsprintable,
  strIsspace,
  strIstitle,
  strIsupper,
  strLower,
  strSwapcase,
  strTitle,
  strUpper,
} from './strCase.js';
export {
  adjustSlice,
  strCenter,
  strExpandtabs,
  strGetItem,
  strLjust,
  strRepeat,
  strRjust,
  strSlice,
  strZfill,
} from './strLayout.js';
export {
  compareIntFloat,
  floatAsIntegerRatio,
  floatDivmod,
  floatFloorDiv,
  floatMod,
  floatPow,
  floatTrueDiv,
  intDivmod,
  intFloorDiv,
  intMod,
  intPow,
  intPowMod,
  intTrueDiv,
  roundFloat,
  roundFloatToInt,
  roundInt,
  type ComplexResult,
} from './numbers.js';
export { HASH_INF, HASH_MODULUS, hashFloat, hashFrozenset, hashInt, hashTuple } from './hash.js';

/**
 * Every row is an example from Microsoft's documentation, with the value the documentation gives:
 * - ADF: "Expressions and functions in Azure Data Factory and Azure Synapse Analytics"
 *   (learn.microsoft.com/azure/data-factory/control-flow-expression-language-functions), each function's section;
 * - LA: the same functions in the Logic Apps "Reference guide to workflow expression functions"
 *   (learn.microsoft.com/azure/logic-apps/workflow-definition-language-functions-reference), whose examples are
 *   richer and where the ADF page has typos;
 * - .NET: "Standard date and time format strings" and "Custom date and time format strings"
 *   (learn.microsoft.com/dotnet/standard/base-types/...), the formats ADF's date functions take, en-US examples.
 * Where the pages disagree, the comment says which value is used and why.
 */
import { describe, expect, it } from '@jest/globals';
import { ExpressionEvaluator } from '../../../../../src/sandbox/pipelines/expressions/evaluator.js';
import type { ExpressionScope } from '../../../../../src/sandbox/pipelines/expressions/scope.js';
import { scopeWith } from './helpers.js';

interface Example {
  readonly text: string;
  readonly expected: unknown;
  /** The current time the example supposes ("Suppose the current timestamp is ..."). */
  readonly now?: string;
  /** What the random source returns, for rand(). */
  readonly random?: number;
  /** The ForEach item, for item(). */
  readonly item?: unknown;
}

/** The bytes a binary result holds, from the reference's rendering of them as a string of bits. */
function binaryFromBits(bits: string) {
  const bytes = bits.match(/[01]{8}/g)!.map((byte) => Number.parseInt(byte, 2));
  return { '$content-type': 'application/octet-stream', $content: Buffer.from(bytes).toString('base64') };
}

const GUID = 'c2ecc88d-88c8-4096-912c-d6f2e2b138ce';

const GROUPS: Readonly<Record<string, readonly Example[]>> = {
  // ADF, Expressions: literal strings, `@@`, and "Say I have defined myNumber as 42 and myString as foo".
  'ADF Expressions': [
    { text: 'parameters', expected: 'parameters' },
    { text: 'parameters[1]', expected: 'parameters[1]' },
    { text: '@@', expected: '@' },
    { text: ' @', expected: ' @' },
    { text: '@pipeline().parameters.myString', expected: 'foo' },
    { text: '@{pipeline().parameters.myString}', expected: 'foo' },
    { text: '@pipeline().parameters.myNumber', expected: 42 },
    { text: '@{pipeline().parameters.myNumber}', expected: '42' },
    { text: 'Answer is: @{pipeline().parameters.myNumber}', expected: 'Answer is: 42' },
    { text: "@concat('Answer is: ', string(pipeline().parameters.myNumber))", expected: 'Answer is: 42' },
    {
      text: 'Answer is: @@{pipeline().parameters.myNumber}',
      expected: 'Answer is: @{pipeline().parameters.myNumber}',
    },
    // "@item() returns 1 in the first iteration", "@range(0,10) ... starting with 0 ending with 9".
    { text: '@item()', expected: 1, item: 1 },
    { text: '@range(0,10)', expected: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] },
  ],
  // ADF, Examples: dynamic file names, the dynamic content editor, special characters, escaping a quote.
  'ADF Examples': [
    // "Append Date to a filename", at the time the utcNow example supposes (April 15, 2018, 1:00:00 PM).
    {
      text: "@concat('Test_',  formatDateTime(utcnow(), 'yyyy-dd-MM'))",
      expected: 'Test_2018-15-04',
      now: '2018-04-15T13:00:00Z',
    },
    // "Append Trigger Time", with the TriggerTime the system variables page shows.
    { text: "@concat('Test_',  pipeline().TriggerTime)", expected: 'Test_2017-06-01T22:20:00.4061448Z' },
    { text: "@{if(equals(1, 2), 'Blob', 'Table' )}", expected: 'Table' },
    { text: "@{toUpper('myData')}", expected: 'MYDATA' },
    {
      text: "@uriComponentToString(replace(uriComponent(variables('companyName')), '%0A', ''))",
      expected: 'Contoso-Corporation',
    },
    { text: "@concat('Baba', '''s ', 'book store')", expected: "Baba's book store" },
  ],
  // LA, "Functions in expressions".
  'LA functions in expressions': [
    { text: "@concat('Sophia', 'Owen')", expected: 'SophiaOwen' },
    { text: "@toLower('Hello')", expected: 'hello' },
    { text: '@guid()', expected: GUID },
  ],
  'ADF add': [{ text: '@add(1, 1.5)', expected: 2.5 }],
  // The ADF page adds 10 days to '2018-03-15T13:00:00Z' and shows midnight; LA's corrected example is used.
  'LA addDays': [
    { text: "@addDays('2018-03-15T00:00:00Z', 10)", expected: '2018-03-25T00:00:00.0000000Z' },
    { text: "@addDays('2018-03-15T00:00:00Z', -5)", expected: '2018-03-10T00:00:00.0000000Z' },
  ],
  'LA addHours': [
    { text: "@addHours('2018-03-15T00:00:00Z', 10)", expected: '2018-03-15T10:00:00.0000000Z' },
    { text: "@addHours('2018-03-15T15:00:00Z', -5)", expected: '2018-03-15T10:00:00.0000000Z' },
  ],
  'ADF addMinutes': [
    { text: "@addMinutes('2018-03-15T00:10:00Z', 10)", expected: '2018-03-15T00:20:00.0000000Z' },
    { text: "@addMinutes('2018-03-15T00:20:00Z', -5)", expected: '2018-03-15T00:15:00.0000000Z' },
  ],
  'ADF addSeconds': [
    { text: "@addSeconds('2018-03-15T00:00:00Z', 10)", expected: '2018-03-15T00:00:10.0000000Z' },
    { text: "@addSeconds('2018-03-15T00:00:30Z', -5)", expected: '2018-03-15T00:00:25.0000000Z' },
  ],
  'ADF addToTime': [
    { text: "@addToTime('2018-01-01T00:00:00Z', 1, 'Day')", expected: '2018-01-02T00:00:00.0000000Z' },
    { text: "@addToTime('2018-01-01T00:00:00Z', 1, 'Day', 'D')", expected: 'Tuesday, January 2, 2018' },
  ],
  'ADF and': [
    { text: '@and(true, true)', expected: true },
    { text: '@and(false, true)', expected: false },
    { text: '@and(false, false)', expected: false },
    { text: '@and(equals(1, 1), equals(2, 2))', expected: true },
    { text: '@and(equals(1, 1), equals(1, 2))', expected: false },
    { text: '@and(equals(1, 2), equals(1, 3))', expected: false },
  ],
  'ADF array': [{ text: "@array('hello')", expected: ['hello'] }],
  'ADF base64': [{ text: "@base64('hello')", expected: 'aGVsbG8=' }],
  'ADF base64ToString': [{ text: "@base64ToString('aGVsbG8=')", expected: 'hello' }],
  // The bits ADF shows are the bytes of 'hello'; a binary value is the Logic Apps content envelope.
  'ADF binary': [
    { text: "@binary('hello')", expected: binaryFromBits('0110100001100101011011000110110001101111') },
  ],
  'ADF bool, LA bool': [
    { text: '@bool(1)', expected: true },
    { text: '@bool(0)', expected: false },
    { text: '@bool(-1)', expected: true },
    { text: "@bool('true')", expected: true },
    { text: "@bool('false')", expected: false },
  ],
  'ADF coalesce': [
    { text: '@coalesce(null, true, false)', expected: true },
    { text: "@coalesce(null, 'hello', 'world')", expected: 'hello' },
    { text: '@coalesce(null, null, null)', expected: null },
  ],
  'ADF concat': [{ text: "@concat('Hello', 'World')", expected: 'HelloWorld' }],
  'ADF contains': [
    { text: "@contains('hello world', 'world')", expected: true },
    { text: "@contains('hello world', 'universe')", expected: false },
  ],
  // The ADF page shows '2018-01-01T00:00:00Z'; LA's current page the zone-less result, as convertTimeZone's.
  'LA convertFromUtc': [
    {
      text: "@convertFromUtc('2018-01-01T08:00:00.0000000Z', 'Pacific Standard Time')",
      expected: '2018-01-01T00:00:00.0000000',
    },
    {
      text: "@convertFromUtc('2018-01-01T08:00:00.0000000Z', 'Pacific Standard Time', 'D')",
      expected: 'Monday, January 1, 2018',
    },
  ],
  // LA's second example has the typo '80:00'; the ADF page's timestamp is used.
  'ADF convertTimeZone': [
    {
      text: "@convertTimeZone('2018-01-01T08:00:00.0000000Z', 'UTC', 'Pacific Standard Time')",
      expected: '2018-01-01T00:00:00.0000000',
    },
    {
      text: "@convertTimeZone('2018-01-01T08:00:00.0000000Z', 'UTC', 'Pacific Standard Time', 'D')",
      expected: 'Monday, January 1, 2018',
    },
  ],
  'ADF convertToUtc': [
    {
      text: "@convertToUtc('01/01/2018 00:00:00', 'Pacific Standard Time')",
      expected: '2018-01-01T08:00:00.0000000Z',
    },
    {
      text: "@convertToUtc('01/01/2018 00:00:00', 'Pacific Standard Time', 'D')",
      expected: 'Monday, January 1, 2018',
    },
  ],
  'ADF createArray': [{ text: "@createArray('h', 'e', 'l', 'l', 'o')", expected: ['h', 'e', 'l', 'l', 'o'] }],
  'ADF dataUri': [{ text: "@dataUri('hello')", expected: 'data:text/plain;charset=utf-8;base64,aGVsbG8=' }],
  'ADF dataUriToString': [
    { text: "@dataUriToString('data:text/plain;charset=utf-8;base64,aGVsbG8=')", expected: 'hello' },
  ],
  'ADF dayOfMonth': [{ text: "@dayOfMonth('2018-03-15T13:27:36Z')", expected: 15 }],
  // March 15, 2018 was a Thursday: LA's 4, where the ADF page says 3.
  'LA dayOfWeek': [{ text: "@dayOfWeek('2018-03-15T13:27:36Z')", expected: 4 }],
  'ADF dayOfYear': [{ text: "@dayOfYear('2018-03-15T13:27:36Z')", expected: 74 }],
  'ADF decodeBase64': [{ text: "@decodeBase64('aGVsbG8=')", expected: 'hello' }],
  // The ADF page decodes 'http%3A...' to 'https://'; LA's corrected input is used.
  'LA decodeUriComponent': [
    { text: "@decodeUriComponent('https%3A%2F%2Fcontoso.com')", expected: 'https://contoso.com' },
  ],
  'LA div': [
    { text: '@div(10, 5)', expected: 2 },
    { text: '@div(11, 5)', expected: 2 },
    { text: '@div(11,5.0)', expected: 2.2 },
    { text: '@div(11.0,5)', expected: 2.2 },
  ],
  'LA encodeUriComponent': [
    { text: "@encodeUriComponent('https://contoso.com')", expected: 'https%3A%2F%2Fcontoso.com' },
  ],
  'ADF empty': [
    { text: "@empty('')", expected: true },
    { text: "@empty('abc')", expected: false },
  ],
  'ADF endsWith': [
    { text: "@endsWith('hello world', 'world')", expected: true },
    { text: "@endsWith('hello world', 'universe')", expected: false },
  ],
  'ADF equals': [
    { text: '@equals(true, 1)', expected: true },
    { text: "@equals('abc', 'abcd')", expected: false },
  ],
  'ADF first': [
    { text: "@first('hello')", expected: 'h' },
    { text: '@first(createArray(0, 1, 2))', expected: 0 },
  ],
  'ADF float, LA float': [
    { text: "@float('10.333')", expected: 10.333 },
    { text: "@float('10,000.333')", expected: 10000.333 },
  ],
  'ADF formatDateTime, LA formatDateTime': [
    {
      text: "@formatDateTime('03/15/2018 12:00:00', 'yyyy-MM-ddTHH:mm:ss')",
      expected: '2018-03-15T12:00:00',
    },
    { text: "@formatDateTime('03/15/2018')", expected: '2018-03-15T00:00:00.0000000' },
    { text: "@formatDateTime('01/31/2016', 'dddd MMMM d')", expected: 'Sunday January 31' },
  ],
  'ADF getFutureTime': [
    {
      text: "@getFutureTime(5, 'Day')",
      expected: '2018-03-06T00:00:00.0000000Z',
      now: '2018-03-01T00:00:00Z',
    },
    {
      text: "@getFutureTime(5, 'Day', 'D')",
      expected: 'Tuesday, March 6, 2018',
      now: '2018-03-01T00:00:00Z',
    },
  ],
  'ADF getPastTime': [
    { text: "@getPastTime(5, 'Day')", expected: '2018-01-27T00:00:00.0000000Z', now: '2018-02-01T00:00:00Z' },
    {
      text: "@getPastTime(5, 'Day', 'D')",
      expected: 'Saturday, January 27, 2018',
      now: '2018-02-01T00:00:00Z',
    },
  ],
  'ADF greater': [
    { text: '@greater(10, 5)', expected: true },
    { text: "@greater('apple', 'banana')", expected: false },
  ],
  'ADF greaterOrEquals': [
    { text: '@greaterOrEquals(5, 5)', expected: true },
    { text: "@greaterOrEquals('apple', 'banana')", expected: false },
  ],
  // "This example generates the same GUID" as the function's description shows.
  'ADF guid': [{ text: "@guid('P')", expected: `(${GUID})` }],
  'ADF if': [{ text: "@if(equals(1, 1), 'yes', 'no')", expected: 'yes' }],
  'ADF indexOf': [{ text: "@indexOf('hello world', 'world')", expected: 6 }],
  'ADF int': [{ text: "@int('10')", expected: 10 }],
  'ADF intersection': [
    {
      text: '@intersection(createArray(1, 2, 3), createArray(101, 2, 1, 10), createArray(6, 8, 1, 2))',
      expected: [1, 2],
    },
  ],
  'ADF join': [{ text: "@join(createArray('a', 'b', 'c'), '.')", expected: 'a.b.c' }],
  'ADF json': [
    { text: "@json('[1, 2, 3]')", expected: [1, 2, 3] },
    { text: '@json(\'{"fullName": "Sophia Owen"}\')', expected: { fullName: 'Sophia Owen' } },
  ],
  'ADF last': [
    { text: "@last('abcd')", expected: 'd' },
    { text: '@last(createArray(0, 1, 2, 3))', expected: 3 },
  ],
  'ADF lastIndexOf, LA lastIndexOf': [
    { text: "@lastIndexOf('hello world', 'world')", expected: 6 },
    { text: "@lastIndexOf('hello world hello world', 'world')", expected: 18 },
    { text: "@lastIndexOf('hello world hello world', '')", expected: 22 },
  ],
  'ADF length': [
    { text: "@length('abcd')", expected: 4 },
    { text: '@length(createArray(0, 1, 2, 3))', expected: 4 },
  ],
  'ADF less': [
    { text: '@less(5, 10)', expected: true },
    { text: "@less('banana', 'apple')", expected: false },
  ],
  'ADF lessOrEquals': [
    { text: '@lessOrEquals(10, 10)', expected: true },
    { text: "@lessOrEquals('apply', 'apple')", expected: false },
  ],
  'ADF max': [
    { text: '@max(1, 2, 3)', expected: 3 },
    { text: '@max(createArray(1, 2, 3))', expected: 3 },
  ],
  'ADF min': [
    { text: '@min(1, 2, 3)', expected: 1 },
    { text: '@min(createArray(1, 2, 3))', expected: 1 },
  ],
  'ADF mod': [{ text: '@mod(3, 2)', expected: 1 }],
  'ADF mul': [
    { text: '@mul(1, 2)', expected: 2 },
    { text: '@mul(1.5, 2)', expected: 3 },
  ],
  'ADF not': [
    { text: '@not(false)', expected: true },
    { text: '@not(true)', expected: false },
    { text: '@not(equals(1, 2))', expected: true },
    { text: '@not(equals(1, 1))', expected: false },
  ],
  'ADF or': [
    { text: '@or(true, false)', expected: true },
    { text: '@or(false, false)', expected: false },
    { text: '@or(equals(1, 1), equals(1, 2))', expected: true },
    { text: '@or(equals(1, 2), equals(1, 3))', expected: false },
  ],
  // "returns one of these numbers as the result: 1, 2, 3, or 4": the lowest and the highest.
  'ADF rand': [
    { text: '@rand(1, 5)', expected: 1, random: 0 },
    { text: '@rand(1, 5)', expected: 4, random: 0.999 },
  ],
  'ADF range': [{ text: '@range(1, 4)', expected: [1, 2, 3, 4] }],
  'ADF replace': [{ text: "@replace('the old string', 'old', 'new')", expected: 'the new string' }],
  'ADF skip': [{ text: '@skip(createArray(0, 1, 2, 3), 1)', expected: [1, 2, 3] }],
  'ADF split, LA split': [
    { text: "@split('a_b_c', '_')", expected: ['a', 'b', 'c'] },
    { text: "@split('a_b_c', ' ')", expected: ['a_b_c'] },
  ],
  'ADF startOfDay': [
    { text: "@startOfDay('2018-03-15T13:30:30Z')", expected: '2018-03-15T00:00:00.0000000Z' },
  ],
  'ADF startOfHour': [
    { text: "@startOfHour('2018-03-15T13:30:30Z')", expected: '2018-03-15T13:00:00.0000000Z' },
  ],
  'ADF startOfMonth, LA startOfMonth': [
    { text: "@startOfMonth('2018-03-15T13:30:30Z')", expected: '2018-03-01T00:00:00.0000000Z' },
    { text: "@startOfMonth('2018-03-15T13:30:30Z', 'yyyy-MM-dd')", expected: '2018-03-01' },
  ],
  'ADF startsWith': [
    { text: "@startsWith('hello world', 'hello')", expected: true },
    { text: "@startsWith('hello world', 'greetings')", expected: false },
  ],
  'ADF string': [{ text: '@string(10)', expected: '10' }],
  'ADF sub': [{ text: '@sub(10.3, .3)', expected: 10 }],
  'ADF substring': [{ text: "@substring('hello world', 6, 5)", expected: 'world' }],
  // The pages show "Monday, January, 1, 2018" for 'D', a typo: 'D' is "dddd, MMMM d, yyyy" (convertFromUtc's).
  'LA subtractFromTime': [
    { text: "@subtractFromTime('2018-01-02T00:00:00Z', 1, 'Day')", expected: '2018-01-01T00:00:00.0000000Z' },
    { text: "@subtractFromTime('2018-01-02T00:00:00Z', 1, 'Day', 'D')", expected: 'Monday, January 1, 2018' },
  ],
  'ADF take': [
    { text: "@take('abcde', 3)", expected: 'abc' },
    { text: '@take(createArray(0, 1, 2, 3, 4), 3)', expected: [0, 1, 2] },
  ],
  // "the number of ticks ... since January 1, 0001 12:00:00 midnight": none at that midnight, 10^7 a second later.
  'LA ticks': [
    { text: "@ticks('0001-01-01T00:00:00Z')", expected: 0 },
    { text: "@ticks('0001-01-01T00:00:01Z')", expected: 10_000_000 },
  ],
  'ADF toLower': [{ text: "@toLower('Hello World')", expected: 'hello world' }],
  'ADF toUpper': [{ text: "@toUpper('Hello World')", expected: 'HELLO WORLD' }],
  'ADF trim': [{ text: "@trim(' Hello World  ')", expected: 'Hello World' }],
  'ADF union': [
    { text: '@union(createArray(1, 2, 3), createArray(1, 2, 10, 101))', expected: [1, 2, 3, 10, 101] },
  ],
  // The ADF page encodes to 'http%3A...'; LA's page has the correct 'https%3A...'.
  'LA uriComponent': [
    { text: "@uriComponent('https://contoso.com')", expected: 'https%3A%2F%2Fcontoso.com' },
  ],
  'LA uriComponentToString': [
    { text: "@uriComponentToString('https%3A%2F%2Fcontoso.com')", expected: 'https://contoso.com' },
  ],
  'ADF utcNow': [
    { text: '@utcNow()', expected: '2018-04-15T13:00:00.0000000Z', now: '2018-04-15T13:00:00Z' },
    { text: "@utcNow('D')", expected: 'Sunday, April 15, 2018', now: '2018-04-15T13:00:00Z' },
  ],
  // LA variables: "Suppose the current value for a numItems variable is 20."
  'LA variables': [{ text: "@variables('numItems')", expected: 20 }],
  // .NET standard formats, 2009-06-15T13:45:30 in en-US. R and U convert the doc's local time (UTC-7) to UTC:
  // the rows give that UTC instant.
  '.NET standard formats': [
    { text: "@formatDateTime('2009-06-15T13:45:30', 'd')", expected: '6/15/2009' },
    { text: "@formatDateTime('2009-06-15T13:45:30', 'D')", expected: 'Monday, June 15, 2009' },
    { text: "@formatDateTime('2009-06-15T13:45:30', 'f')", expected: 'Monday, June 15, 2009 1:45 PM' },
    { text: "@formatDateTime('2009-06-15T13:45:30', 'F')", expected: 'Monday, June 15, 2009 1:45:30 PM' },
    { text: "@formatDateTime('2009-06-15T13:45:30', 'g')", expected: '6/15/2009 1:45 PM' },
    { text: "@formatDateTime('2009-06-15T13:45:30', 'G')", expected: '6/15/2009 1:45:30 PM' },
    { text: "@formatDateTime('2009-06-15T13:45:30', 'M')", expected: 'June 15' },
    { text: "@formatDateTime('2009-06-15T13:45:30', 'm')", expected: 'June 15' },
    { text: "@formatDateTime('2009-06-15T13:45:30Z', 'O')", expected: '2009-06-15T13:45:30.0000000Z' },
    { text: "@formatDateTime('2009-06-15T13:45:30', 'o')", expected: '2009-06-15T13:45:30.0000000' },
    { text: "@formatDateTime('2009-06-15T20:45:30Z', 'R')", expected: 'Mon, 15 Jun 2009 20:45:30 GMT' },
    { text: "@formatDateTime('2009-06-15T20:45:30Z', 'r')", expected: 'Mon, 15 Jun 2009 20:45:30 GMT' },
    { text: "@formatDateTime('2009-06-15T13:45:30', 's')", expected: '2009-06-15T13:45:30' },
    { text: "@formatDateTime('2009-06-15T13:45:30', 't')", expected: '1:45 PM' },
    { text: "@formatDateTime('2009-06-15T13:45:30', 'T')", expected: '1:45:30 PM' },
    { text: "@formatDateTime('2009-06-15T13:45:30', 'u')", expected: '2009-06-15 13:45:30Z' },
    { text: "@formatDateTime('2009-06-15T20:45:30Z', 'U')", expected: 'Monday, June 15, 2009 8:45:30 PM' },
    { text: "@formatDateTime('2009-06-15T13:45:30', 'Y')", expected: 'June 2009' },
    { text: "@formatDateTime('2009-06-15T13:45:30', 'y')", expected: 'June 2009' },
  ],
  // .NET custom formats; a specifier alone is written with '%' (a one-character format is a standard one).
  '.NET custom formats': [
    { text: "@formatDateTime('2009-06-01T13:45:30', '%d')", expected: '1' },
    { text: "@formatDateTime('2009-06-15T13:45:30', '%d')", expected: '15' },
    { text: "@formatDateTime('2009-06-01T13:45:30', 'dd')", expected: '01' },
    { text: "@formatDateTime('2009-06-15T13:45:30', 'dd')", expected: '15' },
    { text: "@formatDateTime('2009-06-15T13:45:30', 'ddd')", expected: 'Mon' },
    { text: "@formatDateTime('2009-06-15T13:45:30', 'dddd')", expected: 'Monday' },
    { text: "@formatDateTime('2009-06-15T13:45:30.6170000', '%f')", expected: '6' },
    { text: "@formatDateTime('2009-06-15T13:45:30.05', '%f')", expected: '0' },
    { text: "@formatDateTime('2009-06-15T13:45:30.6170000', 'ff')", expected: '61' },
    { text: "@formatDateTime('2009-06-15T13:45:30.0050000', 'ff')", expected: '00' },
    { text: "@formatDateTime('6/15/2009 13:45:30.617', 'fff')", expected: '617' },
    { text: "@formatDateTime('6/15/2009 13:45:30.0005', 'fff')", expected: '000' },
    { text: "@formatDateTime('2009-06-15T13:45:30.6175000', 'ffff')", expected: '6175' },
    { text: "@formatDateTime('2009-06-15T13:45:30.0000500', 'ffff')", expected: '0000' },
    { text: "@formatDateTime('2009-06-15T13:45:30.6175400', 'fffff')", expected: '61754' },
    { text: "@formatDateTime('6/15/2009 13:45:30.000005', 'fffff')", expected: '00000' },
    { text: "@formatDateTime('2009-06-15T13:45:30.6175420', 'ffffff')", expected: '617542' },
    { text: "@formatDateTime('2009-06-15T13:45:30.0000005', 'ffffff')", expected: '000000' },
    { text: "@formatDateTime('2009-06-15T13:45:30.6175425', 'fffffff')", expected: '6175425' },
    { text: "@formatDateTime('2009-06-15T13:45:30.0001150', 'fffffff')", expected: '0001150' },
    { text: "@formatDateTime('2009-06-15T13:45:30.6170000', '%F')", expected: '6' },
    { text: "@formatDateTime('2009-06-15T13:45:30.0500000', '%F')", expected: '' },
    { text: "@formatDateTime('2009-06-15T13:45:30.6170000', 'FF')", expected: '61' },
    { text: "@formatDateTime('2009-06-15T13:45:30.0050000', 'FF')", expected: '' },
    { text: "@formatDateTime('2009-06-15T13:45:30.6170000', 'FFF')", expected: '617' },
    { text: "@formatDateTime('2009-06-15T13:45:30.0005000', 'FFF')", expected: '' },
    { text: "@formatDateTime('2009-06-15T13:45:30.5275000', 'FFFF')", expected: '5275' },
    { text: "@formatDateTime('2009-06-15T13:45:30.0000500', 'FFFF')", expected: '' },
    { text: "@formatDateTime('2009-06-15T13:45:30.6175400', 'FFFFF')", expected: '61754' },
    { text: "@formatDateTime('2009-06-15T13:45:30.0000050', 'FFFFF')", expected: '' },
    { text: "@formatDateTime('2009-06-15T13:45:30.6175420', 'FFFFFF')", expected: '617542' },
    { text: "@formatDateTime('2009-06-15T13:45:30.0000005', 'FFFFFF')", expected: '' },
    { text: "@formatDateTime('2009-06-15T13:45:30.6175425', 'FFFFFFF')", expected: '6175425' },
    { text: "@formatDateTime('2009-06-15T13:45:30.0001150', 'FFFFFFF')", expected: '000115' },
    { text: "@formatDateTime('2009-06-15T13:45:30.6170000', '%g')", expected: 'A.D.' },
    { text: "@formatDateTime('2009-06-15T01:45:30', '%h')", expected: '1' },
    { text: "@formatDateTime('2009-06-15T13:45:30', '%h')", expected: '1' },
    { text: "@formatDateTime('2009-06-15T01:45:30', 'hh')", expected: '01' },
    { text: "@formatDateTime('2009-06-15T13:45:30', 'hh')", expected: '01' },
    { text: "@formatDateTime('2009-06-15T01:45:30', '%H')", expected: '1' },
    { text: "@formatDateTime('2009-06-15T13:45:30', '%H')", expected: '13' },
    { text: "@formatDateTime('2009-06-15T01:45:30', 'HH')", expected: '01' },
    { text: "@formatDateTime('2009-06-15T13:45:30', 'HH')", expected: '13' },
    { text: "@formatDateTime('2009-06-15T13:45:30', '%K')", expected: '' },
    { text: "@formatDateTime('2009-06-15T13:45:30Z', '%K')", expected: 'Z' },
    { text: "@formatDateTime('2009-06-15T01:09:30', '%m')", expected: '9' },
    { text: "@formatDateTime('2009-06-15T13:29:30', '%m')", expected: '29' },
    { text: "@formatDateTime('2009-06-15T01:09:30', 'mm')", expected: '09' },
    { text: "@formatDateTime('2009-06-15T01:45:30', 'mm')", expected: '45' },
    { text: "@formatDateTime('2009-06-15T13:45:30', '%M')", expected: '6' },
    { text: "@formatDateTime('2009-06-15T13:45:30', 'MM')", expected: '06' },
    { text: "@formatDateTime('2009-06-15T13:45:30', 'MMM')", expected: 'Jun' },
    { text: "@formatDateTime('2009-06-15T13:45:30', 'MMMM')", expected: 'June' },
    { text: "@formatDateTime('2009-06-15T13:45:09', '%s')", expected: '9' },
    { text: "@formatDateTime('2009-06-15T13:45:09', 'ss')", expected: '09' },
    { text: "@formatDateTime('2009-06-15T13:45:30', '%t')", expected: 'P' },
    { text: "@formatDateTime('2009-06-15T13:45:30', 'tt')", expected: 'PM' },
    { text: "@formatDateTime('0001-01-01T00:00:00', '%y')", expected: '1' },
    { text: "@formatDateTime('0900-01-01T00:00:00', '%y')", expected: '0' },
    { text: "@formatDateTime('1900-01-01T00:00:00', '%y')", expected: '0' },
    { text: "@formatDateTime('2009-06-15T13:45:30', '%y')", expected: '9' },
    { text: "@formatDateTime('2019-06-15T13:45:30', '%y')", expected: '19' },
    { text: "@formatDateTime('0001-01-01T00:00:00', 'yy')", expected: '01' },
    { text: "@formatDateTime('0900-01-01T00:00:00', 'yy')", expected: '00' },
    { text: "@formatDateTime('1900-01-01T00:00:00', 'yy')", expected: '00' },
    { text: "@formatDateTime('2019-06-15T13:45:30', 'yy')", expected: '19' },
    { text: "@formatDateTime('0001-01-01T00:00:00', 'yyy')", expected: '001' },
    { text: "@formatDateTime('0900-01-01T00:00:00', 'yyy')", expected: '900' },
    { text: "@formatDateTime('1900-01-01T00:00:00', 'yyy')", expected: '1900' },
    { text: "@formatDateTime('2009-06-15T13:45:30', 'yyy')", expected: '2009' },
    { text: "@formatDateTime('0001-01-01T00:00:00', 'yyyy')", expected: '0001' },
    { text: "@formatDateTime('0900-01-01T00:00:00', 'yyyy')", expected: '0900' },
    { text: "@formatDateTime('1900-01-01T00:00:00', 'yyyy')", expected: '1900' },
    { text: "@formatDateTime('2009-06-15T13:45:30', 'yyyy')", expected: '2009' },
    { text: "@formatDateTime('0001-01-01T00:00:00', 'yyyyy')", expected: '00001' },
    { text: "@formatDateTime('2009-06-15T13:45:30', 'yyyyy')", expected: '02009' },
    { text: "@formatDateTime('2009-06-15T13:45:30', '\"arr:\" h:m t')", expected: 'arr: 1:45 P' },
    { text: "@formatDateTime('2009-06-15T13:45:30', '''arr:'' h:m t')", expected: 'arr: 1:45 P' },
    { text: "@formatDateTime('2009-06-15T13:45:30', 'h \\h')", expected: '1 h' },
    { text: "@formatDateTime('2009-06-15T01:45:30', 'arr hh:mm t')", expected: 'arr 01:45 A' },
  ],
};

const ROWS = Object.entries(GROUPS).flatMap(([group, examples]) =>
  examples.map((example) => ({ group, ...example })),
);

function scopeFor(example: Example): ExpressionScope {
  return scopeWith({
    variables: new Map<string, unknown>([
      ['numItems', 20],
      ['companyName', 'Contoso-\nCorporation'],
    ]),
    clock: () => Date.parse(example.now ?? '2018-04-15T13:00:00Z'),
    newGuid: () => GUID,
    random: () => example.random ?? 0.5,
    ...(example.item === undefined ? {} : { item: { value: example.item } }),
  });
}

describe('documented examples of the ADF expression language', () => {
  const evaluator = new ExpressionEvaluator();

  it('has at least 150 of them', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(150);
  });

  it.each(ROWS)('$group: $text', (row) => {
    expect(evaluator.evaluate(row.text, scopeFor(row))).toEqual(row.expected);
  });
});

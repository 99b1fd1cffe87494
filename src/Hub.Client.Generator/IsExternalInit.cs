namespace System.Runtime.CompilerServices;

// netstandard2.0 lacks it; the compiler needs it for records and init accessors.
internal static class IsExternalInit;

// The closing lines of every mail of the system.
export const SIGNATURE = ['', '――――――――――――――――――――', '電力広域的運営推進機関 会員情報管理システム'];

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>{count} attendees</source>
        <translation>{count} 人参加</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Choose workshop</source>
        <translation>选择研讨会</translation>
    </message>
    <message>
        <source>Which workshop is it? The findings captured and the votes go into its record.</source>
        <translation>是哪一场研讨会？会上记录的问题和投票将记入这场研讨会。</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>新建研讨会…</translation>
    </message>
    <message>
        <source>Process owner: {owner}</source>
        <translation>流程负责人：{owner}</translation>
    </message>
    <message>
        <source>Departments {departments} · goals {goals} · sign-offs {signoffs} · revisions {revisions}</source>
        <translation>部门 {departments} · 目标 {goals} · 签核 {signoffs} · 修订 {revisions}</translation>
    </message>
    <message>
        <source>, derived from “{name}”</source>
        <translation>，源自「{name}」</translation>
    </message>
    <message>
        <source>lanes {lanes} · phases {phases} · steps {steps} · flows {flows} (hand-offs {handoffs}) · findings {findings}</source>
        <translation>泳道 {lanes} · 阶段 {phases} · 步骤 {steps} · 连线 {flows}（跨部门交接 {handoffs}）· 问题点 {findings}</translation>
    </message>
    <message>
        <source>Steps per lane: {lanes}</source>
        <translation>各泳道步骤数：{lanes}</translation>
    </message>
    <message>
        <source>Phases: {phases}</source>
        <translation>阶段：{phases}</translation>
    </message>
    <message>
        <source>Findings: {findings}</source>
        <translation>问题点：{findings}</translation>
    </message>
    <message>
        <source>{file}: valid.</source>
        <translation>{file}：有效。</translation>
    </message>
    <message>
        <source>OpsFlow Desktop: map current and target processes, mark their problems, export planning tables and process manuals.</source>
        <translation>OpsFlow Desktop：绘制现状与目标流程，标注问题点，导出规划表和流程说明书。</translation>
    </message>
    <message>
        <source>Summarise a project: maps, lanes, steps, findings.</source>
        <translation>概览项目：流程图、泳道、步骤、问题点。</translation>
    </message>
    <message>
        <source>an .opsflow project file</source>
        <translation>.opsflow 项目文件</translation>
    </message>
    <message>
        <source>Check a project file: exit 0 if valid, 1 with the problems listed, 2 if it cannot be read.</source>
        <translation>检查项目文件：有效时退出码 0；有问题时列出问题并返回 1；无法读取时返回 2。</translation>
    </message>
    <message>
        <source>Analyse a project: structure checks, metrics, suggested findings, current vs target, goals.</source>
        <translation>分析项目：结构检查、指标、建议问题点、现状与目标对比、目标达成情况。</translation>
    </message>
    <message>
        <source>print the results as JSON</source>
        <translation>以 JSON 格式输出结果</translation>
    </message>
    <message>
        <source>Check that a signed-off project still holds what was signed: exit 0 if it does, 1 with what changed, 2 if it cannot be read.</source>
        <translation>检查已签核的项目是否仍与签核内容一致：一致时退出码 0，有改动时为 1 并列出改动，无法读取时为 2。</translation>
    </message>
    <message>
        <source>the hash printed in the signed manual: the file must match it too (the hash stored in a file can be recomputed by whoever edits the file; the one on paper cannot)</source>
        <translation>签核说明书上印的哈希值：文件也必须与之一致（文件中保存的哈希值可被改动文件的人重新计算，纸面上的不能）</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>已中断。</translation>
    </message>
    <message>
        <source>{error} (run “opsflow validate” for the details)</source>
        <translation>{error}（运行 “opsflow validate” 查看详情）</translation>
    </message>
    <message>
        <source>opsflow: unexpected error: {error}</source>
        <translation>opsflow：意外错误：{error}</translation>
    </message>
    <message>
        <source>The status and signature change only through the Sign-off menu.</source>
        <translation>状态和签名只能通过“签核”菜单更改。</translation>
    </message>
    <message>
        <source>A map needs a name.</source>
        <translation>流程图需要一个名称。</translation>
    </message>
    <message>
        <source>Add map “{name}”</source>
        <translation>添加流程图「{name}」</translation>
    </message>
    <message>
        <source>A target map can only be derived from a current map.</source>
        <translation>只能从现状流程图派生目标流程图。</translation>
    </message>
    <message>
        <source>{name} (target)</source>
        <translation>{name}（目标）</translation>
    </message>
    <message>
        <source>Derive target map “{name}”</source>
        <translation>派生目标流程图「{name}」</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name}（副本）</translation>
    </message>
    <message>
        <source>Duplicate map “{name}”</source>
        <translation>复制流程图「{name}」</translation>
    </message>
    <message>
        <source>Remove map “{name}”</source>
        <translation>删除流程图「{name}」</translation>
    </message>
    <message>
        <source>Move map “{name}”</source>
        <translation>移动流程图「{name}」</translation>
    </message>
    <message>
        <source>Set the current map of “{name}”</source>
        <translation>设置「{name}」所依据的现状流程</translation>
    </message>
    <message>
        <source>Add lane “{name}”</source>
        <translation>添加泳道「{name}」</translation>
    </message>
    <message>
        <source>Add phase “{name}”</source>
        <translation>添加阶段「{name}」</translation>
    </message>
    <message>
        <source>Move lane “{name}”</source>
        <translation>移动泳道「{name}」</translation>
    </message>
    <message>
        <source>Move phase “{name}”</source>
        <translation>移动阶段「{name}」</translation>
    </message>
    <message>
        <source>Resize “{name}”</source>
        <translation>调整「{name}」大小</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <source>There is already a map named “{name}”.</source>
        <translation>已有名为「{name}」的流程图。</translation>
    </message>
    <message>
        <source>Rename to “{name}”</source>
        <translation>重命名为「{name}」</translation>
    </message>
    <message>
        <source>A lane needs a name.</source>
        <translation>泳道需要一个名称。</translation>
    </message>
    <message>
        <source>Only a lane is linked to a department.</source>
        <translation>只有泳道可以关联部门。</translation>
    </message>
    <message>
        <source>{id} is not a department.</source>
        <translation>{id} 不是部门。</translation>
    </message>
    <message>
        <source>Link lane “{lane}” to {department}</source>
        <translation>将泳道「{lane}」关联到{department}</translation>
    </message>
    <message>
        <source>Unlink lane “{lane}” from its department</source>
        <translation>取消泳道「{lane}」的部门关联</translation>
    </message>
    <message>
        <source>A step must sit in a lane and a phase of its map.</source>
        <translation>步骤必须位于所在流程图的某个泳道和阶段中。</translation>
    </message>
    <message>
        <source>Add step “{name}”</source>
        <translation>添加步骤「{name}」</translation>
    </message>
    <message>
        <source>There is no lane above this step.</source>
        <translation>此步骤上方没有泳道。</translation>
    </message>
    <message>
        <source>There is no room left of this step: it is at the start of the first stage.</source>
        <translation>此步骤左侧没有空间：它位于第一个阶段的起点。</translation>
    </message>
    <message>
        <source>Departments and heads</source>
        <translation>部门与负责人</translation>
    </message>
    <message>
        <source>Each department head countersigns the manual (会签); the departments are the columns of the RACI matrix. Lanes are linked to departments from their header&apos;s menu.</source>
        <translation>每个部门负责人在说明书上会签；部门也是 RACI 矩阵的列。泳道通过其标题的右键菜单关联到部门。</translation>
    </message>
    <message>
        <source>Head (countersigns)</source>
        <translation>负责人（会签）</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用情况</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>添加部门</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Create from the lanes</source>
        <translation>根据泳道创建</translation>
    </message>
    <message>
        <source>A department for every lane that has none, each lane linked to it</source>
        <translation>为每个尚未关联部门的泳道创建部门，并建立关联</translation>
    </message>
    <message>
        <source>Not used yet</source>
        <translation>尚未使用</translation>
    </message>
    <message>
        <source>Department {number}</source>
        <translation>部门 {number}</translation>
    </message>
    <message>
        <source>Remove the department “{name}”?</source>
        <translation>删除部门「{name}」？</translation>
    </message>
    <message>
        <source>Its lanes stay (without a department), its RACI letters go; recorded sign-offs stay on record. Undo (Ctrl+Z) brings it back.</source>
        <translation>其泳道保留（不再关联部门），RACI 字母将删除；已记录的签核保留。可撤销（Ctrl+Z）。</translation>
    </message>
    <message>
        <source>Remove department</source>
        <translation>删除部门</translation>
    </message>
    <message>
        <source>{count} departments created from the lanes; every lane is linked.</source>
        <translation>已根据泳道创建 {count} 个部门，所有泳道均已关联。</translation>
    </message>
    <message>
        <source>Add “{name}” after “{source}”</source>
        <translation>在「{source}」之后添加「{name}」</translation>
    </message>
    <message>
        <source>Steps of different maps cannot be moved together.</source>
        <translation>不能同时移动不同流程图中的步骤。</translation>
    </message>
    <message>
        <source>Move step “{name}”</source>
        <translation>移动步骤「{name}」</translation>
    </message>
    <message>
        <source>Move {count} steps</source>
        <translation>移动 {count} 个步骤</translation>
    </message>
    <message>
        <source>Nudge {count} steps</source>
        <translation>微移 {count} 个步骤</translation>
    </message>
    <message>
        <source>A step is at least {width} wide and {height} tall.</source>
        <translation>步骤的宽度至少为 {width}，高度至少为 {height}。</translation>
    </message>
    <message>
        <source>Arrange “{name}”</source>
        <translation>自动排列「{name}」</translation>
    </message>
    <message>
        <source>Align {count} steps</source>
        <translation>对齐 {count} 个步骤</translation>
    </message>
    <message>
        <source>Distribute {count} steps</source>
        <translation>均匀分布 {count} 个步骤</translation>
    </message>
    <message>
        <source>Add a lane and a phase to the map before pasting steps.</source>
        <translation>请先在流程图中添加泳道和阶段，再粘贴步骤。</translation>
    </message>
    <message>
        <source>The clipboard does not hold steps that can be pasted.</source>
        <translation>剪贴板中没有可粘贴的步骤。</translation>
    </message>
    <message>
        <source>Paste {count} steps</source>
        <translation>粘贴 {count} 个步骤</translation>
    </message>
    <message>
        <source>Connect “{source}” to “{target}”</source>
        <translation>连接「{source}」到「{target}」</translation>
    </message>
    <message>
        <source>Reconnect “{flow}”</source>
        <translation>重新连接「{flow}」</translation>
    </message>
    <message>
        <source>Bend “{flow}”</source>
        <translation>调整连线「{flow}」的走向</translation>
    </message>
    <message>
        <source>Straighten “{flow}”</source>
        <translation>恢复连线「{flow}」的自动走线</translation>
    </message>
    <message>
        <source>Mark finding on “{name}”</source>
        <translation>在「{name}」上标注问题点</translation>
    </message>
    <message>
        <source>Mark {count} findings</source>
        <translation>标注 {count} 个问题点</translation>
    </message>
    <message>
        <source>Version and status change only through the Sign-off menu.</source>
        <translation>版本和状态只能通过“签核”菜单更改。</translation>
    </message>
    <message>
        <source>Edit project details</source>
        <translation>编辑项目信息</translation>
    </message>
    <message>
        <source>Add department “{name}”</source>
        <translation>添加部门「{name}」</translation>
    </message>
    <message>
        <source>Start workshop “{name}”</source>
        <translation>开始研讨会「{name}」</translation>
    </message>
    <message>
        <source>Take over the vote as priorities</source>
        <translation>按投票结果排定优先级</translation>
    </message>
    <message>
        <source>Rename department “{old}” to “{name}”</source>
        <translation>将部门「{old}」重命名为「{name}」</translation>
    </message>
    <message>
        <source>Set the head of “{name}”</source>
        <translation>设置「{name}」的负责人</translation>
    </message>
    <message>
        <source>Move department “{name}”</source>
        <translation>移动部门「{name}」</translation>
    </message>
    <message>
        <source>Remove department “{name}”</source>
        <translation>删除部门「{name}」</translation>
    </message>
    <message>
        <source>Create departments from the lanes</source>
        <translation>根据泳道创建部门</translation>
    </message>
    <message>
        <source>Fill RACI from the lanes of “{name}”</source>
        <translation>按「{name}」的泳道填写 RACI</translation>
    </message>
    <message>
        <source>Add goal “{name}”</source>
        <translation>添加目标「{name}」</translation>
    </message>
    <message>
        <source>{id} is not a goal.</source>
        <translation>{id} 不是目标。</translation>
    </message>
    <message>
        <source>Remove goal “{name}”</source>
        <translation>删除目标「{name}」</translation>
    </message>
    <message>
        <source>Type in the interview text</source>
        <translation>录入访谈文本</translation>
    </message>
    <message>
        <source>Add revision {version}</source>
        <translation>添加修订 {version}</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>编辑「{name}」</translation>
    </message>
    <message>
        <source>Edit properties</source>
        <translation>编辑属性</translation>
    </message>
    <message>
        <source>Only steps, flows, findings, lanes and phases can be deleted here.</source>
        <translation>这里只能删除步骤、连线、问题点、泳道和阶段。</translation>
    </message>
    <message>
        <source>Delete {count} elements</source>
        <translation>删除 {count} 个元素</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>删除「{name}」</translation>
    </message>
    <message>
        <source>{id} is not a map.</source>
        <translation>{id} 不是流程图。</translation>
    </message>
    <message>
        <source>{id} is not a step.</source>
        <translation>{id} 不是步骤。</translation>
    </message>
    <message>
        <source>{id} is not a flow.</source>
        <translation>{id} 不是连线。</translation>
    </message>
    <message>
        <source>{id} is not a lane or a phase.</source>
        <translation>{id} 不是泳道或阶段。</translation>
    </message>
    <message>
        <source>Both ends of a flow must be steps.</source>
        <translation>连线的两端都必须是步骤。</translation>
    </message>
    <message>
        <source>A flow cannot connect a step to itself.</source>
        <translation>连线不能把步骤连到自身。</translation>
    </message>
    <message>
        <source>A flow cannot connect steps of two different maps.</source>
        <translation>连线不能连接两张不同流程图中的步骤。</translation>
    </message>
    <message>
        <source>“{source}” is already connected to “{target}”.</source>
        <translation>「{source}」与「{target}」之间已有连线。</translation>
    </message>
    <message>
        <source>A finding must be marked on a step, a flow, a lane or a map.</source>
        <translation>问题点只能标注在步骤、连线、泳道或整张流程图上。</translation>
    </message>
    <message>
        <source>The file is inconsistent ({count} problems).</source>
        <translation>文件内容前后不一致（{count} 处问题）。</translation>
    </message>
    <message>
        <source>This is a folder, not a project file.</source>
        <translation>这是文件夹，不是项目文件。</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation>这不是普通文件。</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: {message}</source>
        <translation>{sheet}，第 {row} 行：{message}</translation>
    </message>
    <message>
        <source>No planning table found: none of the first {rows} rows of any sheet has the headers 流程阶段, 关键节点, 责任部门/人, 输入物, 输出物, 时间节点, 备注 (or Stage, Key node, Owner, Inputs, Outputs, Deadline, Remarks).</source>
        <translation>未找到规划表：所有工作表的前 {rows} 行中都没有表头 流程阶段、关键节点、责任部门/人、输入物、输出物、时间节点、备注（或 Stage、Key node、Owner、Inputs、Outputs、Deadline、Remarks）。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>This is a folder, not a workbook.</source>
        <translation>这是一个文件夹，不是工作簿。</translation>
    </message>
    <message>
        <source>Could not read the file: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <source>The workbook is password-protected, or is an old .xls file. Open it in Excel or LibreOffice, remove the password and save it as .xlsx, then import it again.</source>
        <translation>该工作簿受密码保护，或是旧的 .xls 文件。请在 Excel 或 LibreOffice 中打开，取消密码并另存为 .xlsx 后再导入。</translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx), or it is damaged.</source>
        <translation>这不是 Excel 工作簿（.xlsx），或文件已损坏。</translation>
    </message>
    <message>
        <source>“{value}” is not a number of hours; ignored</source>
        <translation>“{value}”不是小时数，已忽略</translation>
    </message>
    <message>
        <source>no key node (关键节点); row skipped</source>
        <translation>没有关键节点，已跳过该行</translation>
    </message>
    <message>
        <source>step kind “{kind}” is not known; imported as a task</source>
        <translation>无法识别步骤类型“{kind}”，已按任务导入</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” has more than {limit} rows. A planning table that long cannot be imported; split it into one sheet per process.</source>
        <translation>工作表“{sheet}”超过 {limit} 行，无法导入这么长的规划表；请按流程拆分为多个工作表。</translation>
    </message>
    <message>
        <source>You do not have permission to read this file.</source>
        <translation>没有读取该文件的权限。</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <source>The file is larger than {size} MB, too large to be an OpsFlow project.</source>
        <translation>文件超过 {size} MB，过大，不可能是 OpsFlow 项目文件。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The file is UTF-16 text; OpsFlow project files are UTF-8.</source>
        <translation>文件是 UTF-16 编码的文本；OpsFlow 项目文件使用 UTF-8 编码。</translation>
    </message>
    <message>
        <source>This is a binary file, not an OpsFlow project.</source>
        <translation>这是二进制文件，不是 OpsFlow 项目文件。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte {position}); it is not an OpsFlow project.</source>
        <translation>文件不是 UTF-8 文本（第 {position} 字节），不是 OpsFlow 项目文件。</translation>
    </message>
    <message>
        <source>The file ends too early; it was probably cut off while being copied or saved. Try the backup (.bak) next to it.</source>
        <translation>文件提前结束，可能在复制或保存时被截断。请尝试同目录下的备份文件（.bak）。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: it is damaged at line {line}, column {column}.</source>
        <translation>文件不是有效的 JSON：在第 {line} 行第 {column} 列处损坏。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: it holds a number too long to read.</source>
        <translation>文件不是有效的 JSON：其中有一个长得无法读取的数字。</translation>
    </message>
    <message>
        <source>The file is nested too deeply to be an OpsFlow project.</source>
        <translation>文件嵌套层级过深，不可能是 OpsFlow 项目文件。</translation>
    </message>
    <message>
        <source>This is a text file, not an OpsFlow project (a project file holds its data as JSON).</source>
        <translation>这是一个文本文件，不是 OpsFlow 项目文件（项目文件以 JSON 格式保存数据）。</translation>
    </message>
    <message>
        <source>This JSON file is not an OpsFlow project.</source>
        <translation>这个 JSON 文件不是 OpsFlow 项目文件。</translation>
    </message>
    <message>
        <source>The file has no valid format version.</source>
        <translation>文件缺少有效的格式版本号。</translation>
    </message>
    <message>
        <source>The file was saved by a newer OpsFlow Desktop (format {version}); this version reads up to format {current}. Please update the application.</source>
        <translation>该文件由更新版本的 OpsFlow Desktop 保存（格式 {version}），当前版本最多只能读取格式 {current}。请升级应用程序。</translation>
    </message>
    <message>
        <source>The file uses the old format {version} and could not be upgraded: {reason}</source>
        <translation>文件使用旧格式 {version}，无法升级：{reason}</translation>
    </message>
    <message>
        <source>The file has {count} invalid values.</source>
        <translation>文件中有 {count} 个无效的值。</translation>
    </message>
    <message>
        <source>map</source>
        <translation>流程图</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <source>{file}: not signed off (status: {status}); there is no signed hash to check.</source>
        <translation>{file}：尚未签核（状态：{status}），没有可核对的签核哈希值。</translation>
    </message>
    <message>
        <source>{file}: the content matches the signed hash (SHA-256 {hash}, signed off on {date}, version {version}).</source>
        <translation>{file}：内容与签核哈希值一致（SHA-256 {hash}，签核日期 {date}，版本 {version}）。</translation>
    </message>
    <message>
        <source>{file}: the content does NOT match the signed hash; it was changed after the sign-off on {date} (version {version}).</source>
        <translation>{file}：内容与签核哈希值不一致，在 {date} 签核（版本 {version}）之后被改动过。</translation>
    </message>
    <message>
        <source>  signed:  {hash}</source>
        <translation>  签核时：{hash}</translation>
    </message>
    <message>
        <source>  content: {hash}</source>
        <translation>  当前内容：{hash}</translation>
    </message>
    <message>
        <source>--hash must be the 64 hexadecimal digits of a SHA-256 hash, not “{hash}”.</source>
        <translation>--hash 必须是 SHA-256 哈希值的 64 位十六进制数字，而不是“{hash}”。</translation>
    </message>
    <message>
        <source>{file}: not signed off (status: {status}); the hash stored in it was not signed, so the content cannot match a sign-off.</source>
        <translation>{file}：尚未签核（状态：{status}）；文件中保存的哈希值未经签核，内容谈不上与签核一致。</translation>
    </message>
    <message>
        <source>{file}: the content does NOT match the hash printed in the signed manual.</source>
        <translation>{file}：内容与签核说明书上印的哈希值不一致。</translation>
    </message>
    <message>
        <source>  printed: {hash}</source>
        <translation>  说明书上：{hash}</translation>
    </message>
    <message>
        <source>the hash stored in the file was recomputed after the content was changed</source>
        <translation>文件中保存的哈希值是在内容被改动后重新计算的</translation>
    </message>
    <message>
        <source>the changed part cannot be named: the record of the signed parts is missing or was edited</source>
        <translation>无法指出改动的部分：签核时各部分的记录缺失或已被改动</translation>
    </message>
    <message>
        <source>{part} changed</source>
        <translation>{part} 已改动</translation>
    </message>
    <message>
        <source>{part} added</source>
        <translation>{part} 为新增</translation>
    </message>
    <message>
        <source>{part} removed</source>
        <translation>{part} 已删除</translation>
    </message>
    <message>
        <source>Document information</source>
        <translation>文件信息</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>The order of maps, goals, departments, sign-offs or revisions</source>
        <translation>流程图、目标、部门、签核或修订记录的顺序</translation>
    </message>
    <message>
        <source>{element} in “{map}”</source>
        <translation>“{map}”中的{element}</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>连线</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>问题点</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>sign-off</source>
        <translation>签核</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>element</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>{owner}, field “{field}”: {reason}</source>
        <translation>{owner} 的字段“{field}”：{reason}</translation>
    </message>
    <message>
        <source>a required value is missing</source>
        <translation>缺少必填值</translation>
    </message>
    <message>
        <source>this field is unknown</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>必须是有限的数字</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>must be a mapping</source>
        <translation>必须是键值对</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be one of: {choices}</source>
        <translation>必须是以下之一：{choices}</translation>
    </message>
    <message>
        <source>must be at least {limit}</source>
        <translation>不能小于 {limit}</translation>
    </message>
    <message>
        <source>must be greater than {limit}</source>
        <translation>必须大于 {limit}</translation>
    </message>
    <message>
        <source>must be at most {limit}</source>
        <translation>不能大于 {limit}</translation>
    </message>
    <message>
        <source>must be a date such as 2026-11-23</source>
        <translation>必须是日期，例如 2026-11-23</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <translation>……另有 {count} 处</translation>
    </message>
    <message>
        <source>Could not save: the document contains text that cannot be written ({reason}). The file on disk is unchanged.</source>
        <translation>保存失败：文档中有无法写入的文字（{reason}）。磁盘上的文件未被改动。</translation>
    </message>
    <message>
        <source>This is a folder, not a file name.</source>
        <translation>这是一个文件夹，不是文件名。</translation>
    </message>
    <message>
        <source>Could not write in this folder: {reason}</source>
        <translation>无法在该文件夹中写入：{reason}</translation>
    </message>
    <message>
        <source>Could not save: {reason}. The file on disk is unchanged.</source>
        <translation>保存失败：{reason}。磁盘上的文件未被改动。</translation>
    </message>
    <message>
        <source>The file is read-only; it was not changed. Save it under another name, or make it writable and save again.</source>
        <translation>文件为只读，未作任何更改。请另存为其他文件名，或将其设为可写后再保存。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>Sub-process</source>
        <translation>子流程</translation>
    </message>
    <message>
        <source>Approval / control point</source>
        <translation>审批/控制点</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Current map</source>
        <translation>现状流程</translation>
    </message>
    <message>
        <source>Target map</source>
        <translation>目标流程</translation>
    </message>
    <message>
        <source>Value-adding</source>
        <translation>增值</translation>
    </message>
    <message>
        <source>Business-necessary</source>
        <translation>必要非增值</translation>
    </message>
    <message>
        <source>Non-value-adding</source>
        <translation>非增值</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>问责</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>知会</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <source>Breakpoint</source>
        <translation>断点</translation>
    </message>
    <message>
        <source>Information silo</source>
        <translation>信息孤岛</translation>
    </message>
    <message>
        <source>Duplicate work</source>
        <translation>重复劳动</translation>
    </message>
    <message>
        <source>Redundant node</source>
        <translation>冗余节点</translation>
    </message>
    <message>
        <source>Risk point</source>
        <translation>风险点</translation>
    </message>
    <message>
        <source>Control point</source>
        <translation>控制点</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>改进点</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>已签核</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>编制</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>审查</translation>
    </message>
    <message>
        <source>Countersigned by</source>
        <translation>会签</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>核准</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Approved with comments</source>
        <translation>有条件同意</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>Control points and risks</source>
        <translation>控制点与风险</translation>
    </message>
    <message>
        <source>Approval before the next step</source>
        <translation>进入下一步前须审批</translation>
    </message>
    <message>
        <source>No approvals, control points or risk points are marked on this process.</source>
        <translation>本流程未标注审批、控制点或风险点。</translation>
    </message>
    <message>
        <source>Control or risk</source>
        <translation>控制点或风险</translation>
    </message>
    <message>
        <source>Three colours: green the target map meets the goal, yellow it improves on the baseline without meeting it, red it does not improve.</source>
        <translation>三色管理：绿色表示目标流程达成目标，黄色表示较基线有改善但未达成，红色表示没有改善。</translation>
    </message>
    <message>
        <source>No measurable goals are set for this process.</source>
        <translation>本流程未设定可衡量的目标。</translation>
    </message>
    <message>
        <source>Step KPIs</source>
        <translation>步骤 KPI</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Appendix B compares the metrics of the current and the target process.</source>
        <translation>附录 B 对比现状流程与目标流程的各项指标。</translation>
    </message>
    <message>
        <source>Records and forms</source>
        <translation>记录与表单</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>The steps of this process name no forms or records.</source>
        <translation>本流程的步骤未列出表单或记录。</translation>
    </message>
    <message>
        <source>Record or form</source>
        <translation>记录或表单</translation>
    </message>
    <message>
        <source>At steps</source>
        <translation>所在步骤</translation>
    </message>
    <message>
        <source>Related documents:</source>
        <translation>相关文件：</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤数</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>判断节点</translation>
    </message>
    <message>
        <source>Approvals / control points</source>
        <translation>审批/控制点</translation>
    </message>
    <message>
        <source>{goal}: {target}</source>
        <translation>{goal}：{target}</translation>
    </message>
    <message>
        <source>{goal}: from {baseline} to {target}</source>
        <translation>{goal}：从 {baseline} 到 {target}</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>This manual sets out how {process} is carried out: who does each step, with which inputs and outputs, within which time, and how the process is controlled.</source>
        <translation>本说明书规定{process}的执行方式：每一步由谁完成、需要哪些输入、产出哪些输出、时限多长，以及如何控制流程。</translation>
    </message>
    <message>
        <source>The process is designed to reach these goals:</source>
        <translation>本流程设计要达成以下目标：</translation>
    </message>
    <message>
        <source>Departments involved</source>
        <translation>涉及部门</translation>
    </message>
    <message>
        <source>In scope:</source>
        <translation>适用范围：</translation>
    </message>
    <message>
        <source>Every step of the process maps in chapter 5.</source>
        <translation>第 5 章流程图中的全部步骤。</translation>
    </message>
    <message>
        <source>Project details</source>
        <translation>项目信息</translation>
    </message>
    <message>
        <source>e.g. 商品上架流程说明书</source>
        <translation>例如：商品上架流程说明书</translation>
    </message>
    <message>
        <source>e.g. OPS-SOP-001</source>
        <translation>例如：OPS-SOP-001</translation>
    </message>
    <message>
        <source>e.g. 运营总监 陈刚</source>
        <translation>例如：运营总监 陈刚</translation>
    </message>
    <message>
        <source>{version} · {status} (changed through the Sign-off menu)</source>
        <translation>{version} · {status}（通过“签核”菜单更改）</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>文件编号：</translation>
    </message>
    <message>
        <source>Process owner:</source>
        <translation>流程负责人：</translation>
    </message>
    <message>
        <source>Drafted on:</source>
        <translation>编制日期：</translation>
    </message>
    <message>
        <source>Effective on:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <source>Next review on:</source>
        <translation>下次评审日期：</translation>
    </message>
    <message>
        <source>Version and status:</source>
        <translation>版本与状态：</translation>
    </message>
    <message>
        <source>Left empty, the effective date is the day of the last approval and the next review a year later.</source>
        <translation>留空时，生效日期取最后一项核准的日期，下次评审日期为其一年后。</translation>
    </message>
    <message>
        <source>Document control</source>
        <translation>文件控制</translation>
    </message>
    <message>
        <source>What the process is for and what it must achieve.</source>
        <translation>本流程的用途和要达到的目标。</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>每行一项</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>目的：</translation>
    </message>
    <message>
        <source>Out of scope:</source>
        <translation>不适用范围：</translation>
    </message>
    <message>
        <source>Purpose and scope</source>
        <translation>目的与范围</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>添加术语</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>删除术语</translation>
    </message>
    <message>
        <source>Chapter 3 of the manual lists these terms before the standard ones (current map, lane, RACI …).</source>
        <translation>说明书第 3 章先列出这些术语，再列出通用术语（现状流程、泳道、RACI……）。</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>One document per line, e.g. 《商品资料规范》 OPS-STD-003</source>
        <translation>每行一份文件，例如：《商品资料规范》 OPS-STD-003</translation>
    </message>
    <message>
        <source>Related documents (printed in chapter 9, records and forms):</source>
        <translation>相关文件（列入第 9 章“记录与表单”）：</translation>
    </message>
    <message>
        <source>Related documents</source>
        <translation>相关文件</translation>
    </message>
    <message>
        <source>The document is signed off: start a new revision to change its details.</source>
        <translation>文件已签核：请先开始新修订，再修改项目信息。</translation>
    </message>
    <message>
        <source>The process as it is carried out today (as-is), drawn from interviews, workshops and existing documents.</source>
        <translation>目前实际执行的流程（现状），依据访谈、研讨会和现有文件绘制。</translation>
    </message>
    <message>
        <source>The process as it is designed to be carried out (to-be).</source>
        <translation>按设计将要执行的流程（目标）。</translation>
    </message>
    <message>
        <source>A department or role of the process, drawn as a horizontal band of the map.</source>
        <translation>流程中的一个部门或角色，在流程图中为一条横向泳道。</translation>
    </message>
    <message>
        <source>A phase of the process, drawn as a column of the map; chapter 6 follows the stages.</source>
        <translation>流程的一个阶段，在流程图中为一列；第 6 章按阶段编排。</translation>
    </message>
    <message>
        <source>A check that must be passed before work continues, such as an approval or a confirmation by a named role.</source>
        <translation>工作继续前必须通过的检查，例如审批或指定角色的确认。</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>跨部门交接</translation>
    </message>
    <message>
        <source>A flow from a step of one department to a step of another department.</source>
        <translation>从一个部门的步骤流向另一个部门步骤的连线。</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>提前期</translation>
    </message>
    <message>
        <source>The expected time from the start to the end of the process, waiting included.</source>
        <translation>流程从开始到结束的预期时间，含等待时间。</translation>
    </message>
    <message>
        <source>Value-adding processing time on the critical path divided by the lead time.</source>
        <translation>关键路径上增值处理时间除以提前期。</translation>
    </message>
    <message>
        <source>R responsible: does the work; A accountable: answers for the result, exactly one per step; C consulted before the work; I informed after it.</source>
        <translation>R 负责执行：完成工作；A 负责审批：对结果负责，每个步骤有且只有一个；C 咨询：工作前征询意见；I 知会：工作后告知。</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Roles and responsibilities</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Responsibilities by department</source>
        <translation>各部门职责</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Accountable (A) for</source>
        <translation>负责审批（A）的步骤</translation>
    </message>
    <message>
        <source>Responsible (R) for</source>
        <translation>负责执行（R）的步骤</translation>
    </message>
    <message>
        <source>R responsible · A accountable (exactly one per step) · C consulted · I informed.</source>
        <translation>R 负责执行 · A 负责审批（每个步骤只有一个）· C 咨询 · I 知会。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Hand-offs</source>
        <translation>跨部门交接</translation>
    </message>
    <message>
        <source>Lead time (h)</source>
        <translation>提前期（小时）</translation>
    </message>
    <message>
        <source>Critical path (h)</source>
        <translation>关键路径（小时）</translation>
    </message>
    <message>
        <source>Processing time on the critical path (h)</source>
        <translation>关键路径处理时间（小时）</translation>
    </message>
    <message>
        <source>Value-added ratio</source>
        <translation>增值比</translation>
    </message>
    <message>
        <source>Non-value-adding steps</source>
        <translation>非增值步骤</translation>
    </message>
    <message>
        <source>Rework loops</source>
        <translation>返工回路</translation>
    </message>
    <message>
        <source>Expected rework (h)</source>
        <translation>预期返工（小时）</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Green: met</source>
        <translation>绿：已达成</translation>
    </message>
    <message>
        <source>Yellow: improving</source>
        <translation>黄：改善中</translation>
    </message>
    <message>
        <source>Red: not improving</source>
        <translation>红：未改善</translation>
    </message>
    <message>
        <source>Not measurable</source>
        <translation>无法衡量</translation>
    </message>
    <message>
        <source>No element with id {id} in this document.</source>
        <translation>本文档中没有编号为 {id} 的元素。</translation>
    </message>
    <message>
        <source>{id} does not belong to a map.</source>
        <translation>{id} 不属于任何流程图。</translation>
    </message>
    <message>
        <source>The id {id} is already used in this document.</source>
        <translation>编号 {id} 在本文档中已被使用。</translation>
    </message>
    <message>
        <source>The document information cannot be deleted.</source>
        <translation>文档信息不能删除。</translation>
    </message>
    <message>
        <source>{kind} has no editable field &apos;{field}&apos;.</source>
        <translation>{kind} 没有可编辑的字段“{field}”。</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos;: {reason}</source>
        <translation>字段“{field}”：{reason}</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos; contains characters that cannot be saved.</source>
        <translation>字段“{field}”包含无法保存的字符。</translation>
    </message>
    <message>
        <source>{kind} must be placed in a map.</source>
        <translation>{kind} 必须放在某张流程图中。</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>{element}: its id is empty, reserved or used twice.</source>
        <translation>{element}：编号为空、为保留字或重复使用。</translation>
    </message>
    <message>
        <source>{element} is a current map but says it was derived from {other}.</source>
        <translation>{element} 是现状流程图，却记录为源自 {other}。</translation>
    </message>
    <message>
        <source>{element} is derived from {other}, which is not a current map of this project.</source>
        <translation>{element} 源自 {other}，但它不是本项目的现状流程图。</translation>
    </message>
    <message>
        <source>{element} in {map} sits in lane {ref}, which does not exist.</source>
        <translation>{map} 中的{element} 位于泳道 {ref}，该泳道不存在。</translation>
    </message>
    <message>
        <source>{element} in {map} sits in phase {ref}, which does not exist.</source>
        <translation>{map} 中的{element} 位于阶段 {ref}，该阶段不存在。</translation>
    </message>
    <message>
        <source>{element} in {map} comes from {ref}, which is not a step of the map it was derived from.</source>
        <translation>{map} 中的{element} 记录来源为 {ref}，但它不是来源流程图中的步骤。</translation>
    </message>
    <message>
        <source>{element} in {map} starts at {ref}, which is not a step of this map.</source>
        <translation>{map} 中的{element} 起点 {ref} 不是本图的步骤。</translation>
    </message>
    <message>
        <source>{element} in {map} ends at {ref}, which is not a step of this map.</source>
        <translation>{map} 中的{element} 终点 {ref} 不是本图的步骤。</translation>
    </message>
    <message>
        <source>{element} in {map} connects a step to itself.</source>
        <translation>{map} 中的{element} 把步骤连到了自身。</translation>
    </message>
    <message>
        <source>{element} in {map} is marked on {ref}, which is not a step, flow or lane of this map.</source>
        <translation>{map} 中的{element} 标注在 {ref} 上，但它不是本图的步骤、连线或泳道。</translation>
    </message>
    <message>
        <source>{element} belongs to department {ref}, which does not exist.</source>
        <translation>{element} 所属部门 {ref} 不存在。</translation>
    </message>
    <message>
        <source>{element}: its RACI names department {ref}, which does not exist.</source>
        <translation>{element}：RACI 中的部门 {ref} 不存在。</translation>
    </message>
    <message>
        <source>{element}: its evidence names interview {ref}, which does not exist.</source>
        <translation>{element}：其证据引用的访谈 {ref} 不存在。</translation>
    </message>
    <message>
        <source>{element} takes its baseline from {ref}, which is not a current map of this project.</source>
        <translation>{element} 的基线取自 {ref}，但它不是本项目的现状流程图。</translation>
    </message>
    <message>
        <source>{element} is measured on {ref}, which is not a target map of this project.</source>
        <translation>{element} 以 {ref} 衡量，但它不是本项目的目标流程图。</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>新{kind}</translation>
    </message>
    <message>
        <source>Dept. \ Stage</source>
        <translation>部门 \ 阶段</translation>
    </message>
    <message>
        <source>Select one step to add the next one after it.</source>
        <translation>请先选中一个步骤，再在其后添加下一步。</translation>
    </message>
    <message>
        <source>A lane “{name}” was added below for it: double-click the lane&apos;s header to name the department.</source>
        <translation>已在下方为它添加泳道「{name}」：双击泳道标题即可填写部门名称。</translation>
    </message>
    <message>
        <source>“maps” is not a list of maps</source>
        <translation>“maps”不是流程图列表</translation>
    </message>
    <message>
        <source>the steps of map {id} are not a list of steps</source>
        <translation>流程图 {id} 的步骤不是步骤列表</translation>
    </message>
    <message>
        <source>the findings of map {id} are not a list of findings</source>
        <translation>流程图 {id} 的问题点不是问题点列表</translation>
    </message>
    <message>
        <source>&amp;New blank project</source>
        <translation>新建空白项目(&amp;N)</translation>
    </message>
    <message>
        <source>New from &amp;sample</source>
        <translation>从示例新建(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Project &amp;details…</source>
        <translation>项目信息(&amp;D)…</translation>
    </message>
    <message>
        <source>Departments and &amp;heads…</source>
        <translation>部门与负责人(&amp;H)…</translation>
    </message>
    <message>
        <source>Export planning tables to &amp;Excel…</source>
        <translation>导出规划表到 &amp;Excel…</translation>
    </message>
    <message>
        <source>Export process manual to &amp;Word…</source>
        <translation>导出流程说明书到 &amp;Word…</translation>
    </message>
    <message>
        <source>&amp;Import planning table from Excel…</source>
        <translation>从 Excel 导入规划表(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>创建副本(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find step…</source>
        <translation>查找步骤(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Interview mode (type the process)</source>
        <translation>访谈模式（边听边录流程）(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Present to the room</source>
        <translation>放映研讨(&amp;P)</translation>
    </message>
    <message>
        <source>Present from the selected &amp;step</source>
        <translation>从选中步骤开始放映(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New workshop record…</source>
        <translation>新建研讨会记录(&amp;N)…</translation>
    </message>
    <message>
        <source>Workshop &amp;record…</source>
        <translation>研讨会记录(&amp;R)…</translation>
    </message>
    <message>
        <source>Export workshop &amp;minutes to Word…</source>
        <translation>导出研讨会纪要到 Word(&amp;M)…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit all</source>
        <translation>显示全部(&amp;F)</translation>
    </message>
    <message>
        <source>Actual size (100 %)</source>
        <translation>实际大小 (100%)</translation>
    </message>
    <message>
        <source>&amp;Snap to grid</source>
        <translation>对齐网格(&amp;S)</translation>
    </message>
    <message>
        <source>Add &amp;lane (department)…</source>
        <translation>添加泳道（部门）(&amp;L)…</translation>
    </message>
    <message>
        <source>Add &amp;phase (stage)…</source>
        <translation>添加阶段(&amp;P)…</translation>
    </message>
    <message>
        <source>New &amp;current map…</source>
        <translation>新建现状流程图(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Derive target map</source>
        <translation>派生目标流程图(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;name map…</source>
        <translation>重命名流程图(&amp;N)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate map</source>
        <translation>复制流程图(&amp;U)</translation>
    </message>
    <message>
        <source>Delete &amp;map…</source>
        <translation>删除流程图(&amp;M)…</translation>
    </message>
    <message>
        <source>Move map left</source>
        <translation>流程图左移</translation>
    </message>
    <message>
        <source>Move map right</source>
        <translation>流程图右移</translation>
    </message>
    <message>
        <source>Current map of this target…</source>
        <translation>此目标流程所依据的现状流程…</translation>
    </message>
    <message>
        <source>Fill RACI from the lanes</source>
        <translation>按泳道填写 RACI</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>自动排列(&amp;A)</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <source>Align centres (vertical line)</source>
        <translation>水平居中对齐（竖线）</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <source>Align top</source>
        <translation>顶端对齐</translation>
    </message>
    <message>
        <source>Align middles (horizontal line)</source>
        <translation>垂直居中对齐（横线）</translation>
    </message>
    <message>
        <source>Align bottom</source>
        <translation>底端对齐</translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation>水平均匀分布</translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation>垂直均匀分布</translation>
    </message>
    <message>
        <source>Mark bottleneck</source>
        <translation>标注瓶颈</translation>
    </message>
    <message>
        <source>Mark breakpoint (hand-off gap)</source>
        <translation>标注断点（交接断层）</translation>
    </message>
    <message>
        <source>Mark information silo</source>
        <translation>标注信息孤岛</translation>
    </message>
    <message>
        <source>Mark duplicate work</source>
        <translation>标注重复劳动</translation>
    </message>
    <message>
        <source>Mark redundant node</source>
        <translation>标注冗余节点</translation>
    </message>
    <message>
        <source>Mark risk point</source>
        <translation>标注风险点</translation>
    </message>
    <message>
        <source>Mark control point</source>
        <translation>标注控制点</translation>
    </message>
    <message>
        <source>Mark pain point</source>
        <translation>标注痛点</translation>
    </message>
    <message>
        <source>Mark improvement</source>
        <translation>标注改进点</translation>
    </message>
    <message>
        <source>&amp;Submit for review</source>
        <translation>提交审查(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Record sign-off…</source>
        <translation>记录签核(&amp;R)…</translation>
    </message>
    <message>
        <source>Start new &amp;revision…</source>
        <translation>开始新修订(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About OpsFlow Desktop</source>
        <translation>关于 OpsFlow Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>流程图(&amp;M)</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>问题点(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>研讨会(&amp;W)</translation>
    </message>
    <message>
        <source>Sign-&amp;off</source>
        <translation>签核(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>With a step selected: add the next step to the right, connected, and type its name</source>
        <translation>选中一个步骤时：在右侧添加下一步并连线，随即输入名称</translation>
    </message>
    <message>
        <source>With a step selected: add the next step in the lane below, connected</source>
        <translation>选中一个步骤时：在下方泳道添加下一步并连线</translation>
    </message>
    <message>
        <source>Add the next step in that direction, connected</source>
        <translation>在该方向添加下一步并连线</translation>
    </message>
    <message>
        <source>While typing a name: next step to the right / done / take the new step back</source>
        <translation>输入名称时：继续右侧下一步 / 完成 / 撤回新步骤</translation>
    </message>
    <message>
        <source>Rename the selected step</source>
        <translation>重命名选中的步骤</translation>
    </message>
    <message>
        <source>Delete the selection (a step takes its flows and findings)</source>
        <translation>删除选中内容（步骤连同其连线和问题点）</translation>
    </message>
    <message>
        <source>Nudge the selection by one grid step (Shift: 1 pixel); repeated nudges undo as one</source>
        <translation>按网格微移选中内容（Shift：1 像素）；连续微移合并为一次撤销</translation>
    </message>
    <message>
        <source>Mark a finding of that type on the selection</source>
        <translation>在选中内容上标注该类型的问题点</translation>
    </message>
    <message>
        <source>Cancel what is in progress, or clear the selection</source>
        <translation>取消正在进行的操作，或清除选择</translation>
    </message>
    <message>
        <source>Wheel / Shift+wheel</source>
        <translation>滚轮 / Shift+滚轮</translation>
    </message>
    <message>
        <source>Scroll up and down / sideways</source>
        <translation>上下滚动 / 左右滚动</translation>
    </message>
    <message>
        <source>Ctrl+wheel, pinch</source>
        <translation>Ctrl+滚轮、双指缩放</translation>
    </message>
    <message>
        <source>Zoom around the mouse</source>
        <translation>以鼠标为中心缩放</translation>
    </message>
    <message>
        <source>Space+drag, middle button</source>
        <translation>空格+拖动、鼠标中键</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>Drag from a point on a step</source>
        <translation>从步骤边上的连接点拖出</translation>
    </message>
    <message>
        <source>Connect it to another step (that side of the step)</source>
        <translation>连接到另一个步骤（从该边连出）</translation>
    </message>
    <message>
        <source>Click an arrow beside a step</source>
        <translation>单击步骤旁的箭头</translation>
    </message>
    <message>
        <source>Add the next step that way, connected</source>
        <translation>在该方向添加下一步并连线</translation>
    </message>
    <message>
        <source>Drag a segment of a selected flow</source>
        <translation>拖动选中连线的一段</translation>
    </message>
    <message>
        <source>Bend the flow; right-click → Route automatically undoes it</source>
        <translation>调整连线走向；右键 → 恢复自动走线 可还原</translation>
    </message>
    <message>
        <source>Copied {count} steps.</source>
        <translation>已复制 {count} 个步骤。</translation>
    </message>
    <message>
        <source>Add lane (department)</source>
        <translation>添加泳道（部门）</translation>
    </message>
    <message>
        <source>A department, e.g. 仓储部</source>
        <translation>部门，例如：仓储部</translation>
    </message>
    <message>
        <source>Lane:</source>
        <translation>泳道：</translation>
    </message>
    <message>
        <source>The lane is a department (it countersigns and has RACI letters)</source>
        <translation>该泳道是一个部门（参与会签并有 RACI 分配）</translation>
    </message>
    <message>
        <source>Every step already has an accountable department, or its lane has no department.</source>
        <translation>每个步骤都已有负责审批部门（A），或其泳道未关联部门。</translation>
    </message>
    <message>
        <source>RACI: {count} steps now have their lane&apos;s department as accountable (A).</source>
        <translation>RACI：已将 {count} 个步骤所在泳道的部门设为负责审批（A）。</translation>
    </message>
    <message>
        <source>Add phase (stage)</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>Stage {number}</source>
        <translation>阶段 {number}</translation>
    </message>
    <message>
        <source>(none: not a department)</source>
        <translation>（无：不是部门）</translation>
    </message>
    <message>
        <source>New department “{name}”</source>
        <translation>新建部门「{name}」</translation>
    </message>
    <message>
        <source>Departments and heads…</source>
        <translation>部门与负责人…</translation>
    </message>
    <message>
        <source>Before you export</source>
        <translation>导出之前</translation>
    </message>
    <message>
        <source>Some parts of the documents would be printed empty:</source>
        <translation>文件中以下内容将是空白的：</translation>
    </message>
    <message>
        <source>Project details…</source>
        <translation>项目信息…</translation>
    </message>
    <message>
        <source>Departments…</source>
        <translation>部门…</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>仍然导出</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>New current map</source>
        <translation>新建现状流程图</translation>
    </message>
    <message>
        <source>It starts with one lane and one stage; rename them by double-clicking their headers.</source>
        <translation>新流程图带有一个泳道和一个阶段；双击其标题即可重命名。</translation>
    </message>
    <message>
        <source>Rename map</source>
        <translation>重命名流程图</translation>
    </message>
    <message>
        <source>A project keeps at least one map: add another one before deleting this.</source>
        <translation>项目至少保留一张流程图：请先添加另一张，再删除这一张。</translation>
    </message>
    <message>
        <source>Delete the map “{name}”?</source>
        <translation>删除流程图「{name}」？</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings it back.</source>
        <translation>可撤销（Ctrl+Z）。</translation>
    </message>
    <message>
        <source>Delete map</source>
        <translation>删除流程图</translation>
    </message>
    <message>
        <source>Only a target map is designed from a current map: open a target map&apos;s tab.</source>
        <translation>只有目标流程才依据现状流程设计：请打开一张目标流程图。</translation>
    </message>
    <message>
        <source>Department 1</source>
        <translation>部门 1</translation>
    </message>
    <message>
        <source>Stage 1</source>
        <translation>阶段 1</translation>
    </message>
    <message>
        <source>Select two or more steps to align them.</source>
        <translation>请选择两个或更多步骤再对齐。</translation>
    </message>
    <message>
        <source>Select three or more steps to distribute them.</source>
        <translation>请选择三个或更多步骤再均匀分布。</translation>
    </message>
    <message>
        <source>Mark finding here</source>
        <translation>在此标注问题点</translation>
    </message>
    <message>
        <source>Mark finding</source>
        <translation>标注问题点</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>更改类型</translation>
    </message>
    <message>
        <source>Edit label…</source>
        <translation>编辑标签…</translation>
    </message>
    <message>
        <source>Route automatically</source>
        <translation>恢复自动走线</translation>
    </message>
    <message>
        <source>Insert lane above</source>
        <translation>在上方插入泳道</translation>
    </message>
    <message>
        <source>Insert phase before</source>
        <translation>在前面插入阶段</translation>
    </message>
    <message>
        <source>Insert lane below</source>
        <translation>在下方插入泳道</translation>
    </message>
    <message>
        <source>Insert phase after</source>
        <translation>在后面插入阶段</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>左移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>右移</translation>
    </message>
    <message>
        <source>Delete (with its steps)</source>
        <translation>删除（连同其中的步骤）</translation>
    </message>
    <message>
        <source>Add step here</source>
        <translation>在此添加步骤</translation>
    </message>
    <message>
        <source>Paste here</source>
        <translation>粘贴到此处</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Current process</source>
        <translation>现状流程</translation>
    </message>
    <message>
        <source>Department 2</source>
        <translation>部门 2</translation>
    </message>
    <message>
        <source>Stage 2</source>
        <translation>阶段 2</translation>
    </message>
    <message>
        <source>Stage 3</source>
        <translation>阶段 3</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>First issue</source>
        <translation>首次发布</translation>
    </message>
    <message>
        <source>Autosave could not write the recovery copy ({reason}). Your work is still open: save it, or free some space; autosave will try again.</source>
        <translation>自动保存无法写入恢复副本（{reason}）。您的工作仍然打开着：请保存，或腾出一些磁盘空间；自动保存稍后会再试。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <source>OpsFlow Desktop hit an unexpected problem: {error}</source>
        <translation>OpsFlow Desktop 遇到意外问题：{error}</translation>
    </message>
    <message>
        <source>Your document is still open and unchanged by this error; save it to be safe. Details were written to {log}.</source>
        <translation>文档仍然打开，没有因这个错误而改变；为稳妥起见请保存。详细信息已写入 {log}。</translation>
    </message>
    <message>
        <source>an unsaved project</source>
        <translation>一个未保存的项目</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <source>OpsFlow Desktop did not close properly last time. Restore the unsaved changes to {name}?</source>
        <translation>OpsFlow Desktop 上次未正常关闭。是否恢复 {name} 中未保存的更改？</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Autosave failed</source>
        <translation>自动保存失败</translation>
    </message>
    <message>
        <source>Autosave works again.</source>
        <translation>自动保存已恢复正常。</translation>
    </message>
    <message>
        <source>&amp;Undo {command}</source>
        <translation>撤销(&amp;U) {command}</translation>
    </message>
    <message>
        <source>&amp;Redo {command}</source>
        <translation>重做(&amp;R) {command}</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Step kinds</source>
        <translation>步骤类型</translation>
    </message>
    <message>
        <source>{kind}: click, then click on the map; or drag it onto the map</source>
        <translation>{kind}：单击后在图上单击放置，或直接拖到图上</translation>
    </message>
    <message>
        <source>Projector &amp;screen</source>
        <translation>投影屏幕(&amp;S)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>全图预览</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Issue register</source>
        <translation>流程问题清单</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>Find step:</source>
        <translation>查找步骤：</translation>
    </message>
    <message>
        <source>Type part of a step name, then Enter (Enter again: the next one)</source>
        <translation>输入步骤名称的一部分，然后按 Enter（再按 Enter：下一个）</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>第 {number} 个，共 {count} 个</translation>
    </message>
    <message>
        <source>Mark a finding on the selection (keys {keys})</source>
        <translation>在选中内容上标注问题点（按键 {keys}）</translation>
    </message>
    <message>
        <source>{kind}, designed from “{source}”</source>
        <translation>{kind}，依据「{source}」设计</translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation>缩放 {percent}%</translation>
    </message>
    <message>
        <source>{count} selected</source>
        <translation>已选 {count} 项</translation>
    </message>
    <message>
        <source>Click on the map to place the step; Esc cancels.</source>
        <translation>在流程图上单击放置步骤；按 Esc 取消。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>This also deletes its {count} steps. Continue?</source>
        <translation>这会同时删除其中的 {count} 个步骤。是否继续？</translation>
    </message>
    <message>
        <source>No step named like “{text}”.</source>
        <translation>没有名称包含“{text}”的步骤。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>“{name}” has unsaved changes. Save them?</source>
        <translation>“{name}”有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Opening cancelled; the project open before stays as it was.</source>
        <translation>已取消打开；原来打开的项目保持不变。</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>已打开 {name}。</translation>
    </message>
    <message>
        <source>Opening {name} ({size} MB)…</source>
        <translation>正在打开 {name}（{size} MB）…</translation>
    </message>
    <message>
        <source>Drawing the map of {name}…</source>
        <translation>正在绘制 {name} 的流程图…</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>已保存 {name}。</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Current map of “{name}”</source>
        <translation>「{name}」所依据的现状流程</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Designed from:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <source>The analysis compares the two maps and goals measure them. Changing it clears which current steps each target step came from.</source>
        <translation>分析会比较这两张流程图，目标也以它们衡量。更改后，各目标步骤的来源记录将被清除。</translation>
    </message>
    <message>
        <source>About OpsFlow Desktop</source>
        <translation>关于 OpsFlow Desktop</translation>
    </message>
    <message>
        <source>OpsFlow Desktop {version}

Map current and target processes, mark bottlenecks, breakpoints and risks, and hand over planning tables and process manuals. Works offline; your data stays on this computer.</source>
        <translation>OpsFlow Desktop {version}

绘制现状与目标流程，标注瓶颈、断点和风险点，输出流程规划表和流程说明书。完全离线运行，数据只保存在本机。</translation>
    </message>
    <message>
        <source>Show critical path</source>
        <translation>显示关键路径</translation>
    </message>
    <message>
        <source>Show differences on the target map</source>
        <translation>在图上显示现状与目标差异</translation>
    </message>
    <message>
        <source>Accept as finding</source>
        <translation>采纳为问题点</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>添加目标…</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>结构检查</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更清单</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This map</source>
        <translation>本图</translation>
    </message>
    <message>
        <source>Click to fill it in</source>
        <translation>单击以填写</translation>
    </message>
    <message>
        <source>No structural problems.</source>
        <translation>未发现结构问题。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Department (lane)</source>
        <translation>部门（泳道）</translation>
    </message>
    <message>
        <source>Dismiss suggestion “{title}”</source>
        <translation>忽略建议「{title}」</translation>
    </message>
    <message>
        <source>Goals compare a current map with its target map: derive a target map first.</source>
        <translation>目标用于对比现状流程图与目标流程图：请先派生目标流程图。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Owner (dept./person)</source>
        <translation>责任部门/人</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入物</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出物</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时间节点</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Processing time (h)</source>
        <translation>处理时间（小时）</translation>
    </message>
    <message>
        <source>Waiting time (h)</source>
        <translation>等待时间（小时）</translation>
    </message>
    <message>
        <source>Value class</source>
        <translation>价值分类</translation>
    </message>
    <message>
        <source>SOP instructions</source>
        <translation>SOP 操作说明</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>使用系统</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Label / condition</source>
        <translation>标签/条件</translation>
    </message>
    <message>
        <source>Branch probability</source>
        <translation>分支概率</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>从 → 到</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Planning table</source>
        <translation>规划表字段</translation>
    </message>
    <message>
        <source>Time and value</source>
        <translation>时间与价值</translation>
    </message>
    <message>
        <source>RACI</source>
        <translation>RACI 责任矩阵</translation>
    </message>
    <message>
        <source>Key-node detail</source>
        <translation>关键节点细则</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>连线</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Workshop record</source>
        <translation>研讨会记录</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>新建研讨会</translation>
    </message>
    <message>
        <source>e.g. 商品上架流程 现状研讨会</source>
        <translation>例如：商品上架流程 现状研讨会</translation>
    </message>
    <message>
        <source>e.g. 三楼大会议室</source>
        <translation>例如：三楼大会议室</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Add attendee</source>
        <translation>添加参会人</translation>
    </message>
    <message>
        <source>Add department heads</source>
        <translation>从部门添加负责人</translation>
    </message>
    <message>
        <source>Each department&apos;s head (Project → Departments and heads) with the department</source>
        <translation>添加各部门的负责人（项目 → 部门与负责人），并填上所属部门</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议程事项</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>添加议程</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>计划时长（分钟）</translation>
    </message>
    <message>
        <source>One decision per line, e.g. 素材需求统一由商品部提交</source>
        <translation>每行一条决议，例如：素材需求统一由商品部提交</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>后续行动</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>添加行动</translation>
    </message>
    <message>
        <source>Decisions (one per line):</source>
        <translation>会议决议（每行一条）：</translation>
    </message>
    <message>
        <source>Next actions:</source>
        <translation>后续行动：</translation>
    </message>
    <message>
        <source>What else the room said, open questions, what to prepare next time.</source>
        <translation>会上的其他意见、待定问题、下次需准备的材料。</translation>
    </message>
    <message>
        <source>The document is signed off: start a new revision to change the workshop record.</source>
        <translation>文件已签批：如需修改研讨会记录，请先开始新修订。</translation>
    </message>
    <message>
        <source>Attendees ({count})</source>
        <translation>参会人员（{count}）</translation>
    </message>
    <message>
        <source>Agenda ({count})</source>
        <translation>议程（{count}）</translation>
    </message>
    <message>
        <source>Decisions and actions ({count})</source>
        <translation>决议与后续行动（{count}）</translation>
    </message>
    <message>
        <source>Workshop notes</source>
        <translation>会议备注</translation>
    </message>
    <message>
        <source>Planned: {minutes} min in all</source>
        <translation>计划共 {minutes} 分钟</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>部门负责人</translation>
    </message>
    <message>
        <source>{count} department heads added.</source>
        <translation>已添加 {count} 位部门负责人。</translation>
    </message>
    <message>
        <source>Every head is already listed.</source>
        <translation>各部门负责人均已在名单中。</translation>
    </message>
    <message>
        <source>No head recorded for: {names}.</source>
        <translation>以下部门未填写负责人：{names}。</translation>
    </message>
    <message>
        <source>The workshop needs a title.</source>
        <translation>请填写研讨会标题。</translation>
    </message>
    <message>
        <source>Agenda item “{item}”: the planned time is whole minutes from 1 to 600.</source>
        <translation>议程「{item}」：计划时长须为 1 到 600 之间的整数分钟。</translation>
    </message>
    <message>
        <source>Next action “{action}”: “{due}” is not a date (YYYY-MM-DD).</source>
        <translation>后续行动「{action}」：“{due}”不是有效日期（格式 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Edit workshop “{name}”</source>
        <translation>编辑研讨会「{name}」</translation>
    </message>
    <message>
        <source>(not classified)</source>
        <translation>（未分类）</translation>
    </message>
    <message>
        <source>{count} elements selected.</source>
        <translation>已选择 {count} 个元素。</translation>
    </message>
    <message>
        <source>Select a step or a flow to edit its properties.</source>
        <translation>选择一个步骤或连线以编辑其属性。</translation>
    </message>
    <message>
        <source>RACI (add departments to the project first)</source>
        <translation>RACI 责任矩阵（请先为项目添加部门）</translation>
    </message>
    <message>
        <source>The map has no start step.</source>
        <translation>流程图没有开始步骤。</translation>
    </message>
    <message>
        <source>The map has no end step.</source>
        <translation>流程图没有结束步骤。</translation>
    </message>
    <message>
        <source>{count} steps cannot be reached from a start.</source>
        <translation>有 {count} 个步骤无法从开始步骤到达。</translation>
    </message>
    <message>
        <source>{count} steps lead nowhere (no outgoing flow, not an end).</source>
        <translation>有 {count} 个步骤没有后续（没有流出连线，也不是结束）。</translation>
    </message>
    <message>
        <source>{count} decisions have fewer than two outgoing flows.</source>
        <translation>有 {count} 个判断节点的流出连线少于两条。</translation>
    </message>
    <message>
        <source>{count} flows lead into a start step.</source>
        <translation>有 {count} 条连线指向开始步骤。</translation>
    </message>
    <message>
        <source>{count} flows leave an end step.</source>
        <translation>有 {count} 条连线从结束步骤流出。</translation>
    </message>
    <message>
        <source>{count} steps sit in lanes that are not linked to a department.</source>
        <translation>有 {count} 个步骤所在泳道未关联部门。</translation>
    </message>
    <message>
        <source>{count} steps are named “{name}”.</source>
        <translation>有 {count} 个步骤都叫“{name}”。</translation>
    </message>
    <message>
        <source>{count} approvals in a row</source>
        <translation>连续 {count} 个审批</translation>
    </message>
    <message>
        <source>{names}: consider submitting once and approving by category.</source>
        <translation>{names}：建议改为统一提报、分类审批。</translation>
    </message>
    <message>
        <source>Back and forth between departments</source>
        <translation>部门间来回传递</translation>
    </message>
    <message>
        <source>Work goes from {a} to {b} and back to {a}.</source>
        <translation>工作从{a}交给{b}，又回到{a}。</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>等待最长</translation>
    </message>
    <message>
        <source>Work waits {hours} h at “{name}”, longer than anywhere else.</source>
        <translation>工作在“{name}”等待 {hours} 小时，为全图最长。</translation>
    </message>
    <message>
        <source>Same data entered twice</source>
        <translation>同一数据重复录入</translation>
    </message>
    <message>
        <source>“{a}” and “{b}” look like the same data entered in two departments.</source>
        <translation>“{a}”与“{b}”疑似由两个部门重复录入同一数据。</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>结构检查：</translation>
    </message>
    <message>
        <source>Checks: no structural problems.</source>
        <translation>结构检查：未发现问题。</translation>
    </message>
    <message>
        <source>Suggestion: {type} — {title}: {description}</source>
        <translation>建议：{type}——{title}：{description}</translation>
    </message>
    <message>
        <source>Current “{current}” → target “{target}”</source>
        <translation>现状「{current}」→ 目标「{target}」</translation>
    </message>
    <message>
        <source>Goal “{name}”: {baseline} → target {target}, measured {measured} {unit} — {status}</source>
        <translation>目标「{name}」：基线 {baseline} → 目标值 {target}，实测 {measured} {unit}——{status}</translation>
    </message>
    <message>
        <source>Select a step or a flow first (or right-click a lane or the map).</source>
        <translation>请先选择步骤或连线（或右键单击泳道或流程图）。</translation>
    </message>
    <message>
        <source>Marked {type} on {count} elements.</source>
        <translation>已在 {count} 个元素上标注{type}。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Proposed action</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation>信息来源（谁说的）</translation>
    </message>
    <message>
        <source>Interview / workshop</source>
        <translation>访谈/研讨会</translation>
    </message>
    <message>
        <source>Said on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>全部严重度</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All maps</source>
        <translation>全部流程图</translation>
    </message>
    <message>
        <source>All lanes</source>
        <translation>全部泳道</translation>
    </message>
    <message>
        <source>Cites the record of: {interview}</source>
        <translation>引自记录：{interview}</translation>
    </message>
    <message>
        <source>Priority: a whole number, 1 to fix first; empty for none.</source>
        <translation>优先级：填整数，1 表示最先解决；留空表示无。</translation>
    </message>
    <message>
        <source>{field}: a date looks like 2026-12-31.</source>
        <translation>{field}：日期格式如 2026-12-31。</translation>
    </message>
    <message>
        <source>Current and target side by side</source>
        <translation>现状与目标并排对比</translation>
    </message>
    <message>
        <source>Green: added · Orange: changed · Blue: merged · Purple: split · Red: removed</source>
        <translation>绿：新增 · 橙：修改 · 蓝：合并 · 紫：拆分 · 红：删除</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Target value:</source>
        <translation>目标值：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Better when:</source>
        <translation>改善方向：</translation>
    </message>
    <message>
        <source>Start new revision</source>
        <translation>开始新修订</translation>
    </message>
    <message>
        <source>The sign-offs of version {version} stay on record. The new revision can be edited and needs new sign-offs.</source>
        <translation>版本 {version} 的签核记录将保留。新修订可以编辑，并需要重新签核。</translation>
    </message>
    <message>
        <source>Small change: {current} → {new}</source>
        <translation>小幅修改：{current} → {new}</translation>
    </message>
    <message>
        <source>Large change: {current} → {new}</source>
        <translation>重大修改：{current} → {new}</translation>
    </message>
    <message>
        <source>What changes, e.g. material production limit 48 h → 36 h</source>
        <translation>修改内容，例如 素材制作时限 48 小时 → 36 小时</translation>
    </message>
    <message>
        <source>e.g. 5 map, 6 procedure</source>
        <translation>例如 5 流程图、6 流程说明</translation>
    </message>
    <message>
        <source>New version:</source>
        <translation>新版本：</translation>
    </message>
    <message>
        <source>Summary of change:</source>
        <translation>修改摘要：</translation>
    </message>
    <message>
        <source>Sections changed:</source>
        <translation>修改章节：</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>修改人：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>{role}{where}: open</source>
        <translation>{role}{where}：待签</translation>
    </message>
    <message>
        <source>{role}{where}: {name}, {date}</source>
        <translation>{role}{where}：{name}，{date}</translation>
    </message>
    <message>
        <source>Record sign-off</source>
        <translation>记录签核</translation>
    </message>
    <message>
        <source>Version {version}: {open} of {total} sign-offs still open. The last approval freezes this version.</source>
        <translation>版本 {version}：{total} 项签核中还有 {open} 项待签。最后一项批准后本版本即冻结。</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>意见：</translation>
    </message>
    <message>
        <source>Record sign-off…</source>
        <translation>记录签核…</translation>
    </message>
    <message>
        <source>Start new revision…</source>
        <translation>开始新修订…</translation>
    </message>
    <message>
        <source>In review · version {version} · {signed} of {total} sign-offs recorded</source>
        <translation>审查中 · 版本 {version} · 已记录 {signed}/{total} 项签核</translation>
    </message>
    <message>
        <source>Still open:</source>
        <translation>待签：</translation>
    </message>
    <message>
        <source>Signed off on {date} · version {version} · SHA-256 {hash}… · read-only: start a new revision to change it.</source>
        <translation>已于 {date} 签核 · 版本 {version} · SHA-256 {hash}… · 只读：如需修改请开始新修订。</translation>
    </message>
    <message>
        <source>Signed off on {date} · version {version}, but the content no longer matches the signed hash: the file was changed outside OpsFlow Desktop ({count} changes).</source>
        <translation>已于 {date} 签核 · 版本 {version}，但内容与签核哈希值不再一致：文件在 OpsFlow Desktop 之外被改动（{count} 处改动）。</translation>
    </message>
    <message>
        <source>Submitted for review: record each sign-off as it comes in.</source>
        <translation>已提交审查：收到签核后逐项记录。</translation>
    </message>
    <message>
        <source>Signed off: version {version} is frozen (SHA-256 {hash}…).</source>
        <translation>已签核：版本 {version} 已冻结（SHA-256 {hash}…）。</translation>
    </message>
    <message>
        <source>Rejected by {name}: the document is back to draft.</source>
        <translation>{name} 驳回：文件已退回草稿。</translation>
    </message>
    <message>
        <source>Sign-off by {name} recorded; {count} still open.</source>
        <translation>已记录 {name} 的签核；还有 {count} 项待签。</translation>
    </message>
    <message>
        <source>Version {version} started: the document can be edited again.</source>
        <translation>已开始版本 {version}：文件可以再次编辑。</translation>
    </message>
    <message>
        <source>{status} · hash does not match</source>
        <translation>{status} · 哈希值不一致</translation>
    </message>
    <message>
        <source>Export a project: the planning tables to Excel (--xlsx), the process manual to Word (--docx), a map as interview text (--text), a workshop&apos;s minutes to Word (--minutes).</source>
        <translation>导出项目：规划表导出为 Excel（--xlsx），流程说明书导出为 Word（--docx），流程图导出为访谈文本（--text），研讨会纪要导出为 Word（--minutes）。</translation>
    </message>
    <message>
        <source>write the Excel workbook here</source>
        <translation>Excel 工作簿的保存位置</translation>
    </message>
    <message>
        <source>write the Word process manual here</source>
        <translation>Word 流程说明书的保存位置</translation>
    </message>
    <message>
        <source>write a map in the interview notation here</source>
        <translation>把一张流程图按访谈记法写到这里</translation>
    </message>
    <message>
        <source>the map --text writes (default: the first)</source>
        <translation>--text 写出的流程图（默认第一张）</translation>
    </message>
    <message>
        <source>write a workshop&apos;s minutes (Word) here</source>
        <translation>将研讨会纪要（Word）写入此处</translation>
    </message>
    <message>
        <source>the workshop --minutes writes (default: the latest)</source>
        <translation>--minutes 所写的研讨会（默认：最近一次）</translation>
    </message>
    <message>
        <source>Say what to write: --xlsx OUT.xlsx, --docx OUT.docx, --text OUT.txt and/or --minutes OUT.docx</source>
        <translation>请指定要写出的文件：--xlsx OUT.xlsx、--docx OUT.docx、--text OUT.txt 和/或 --minutes OUT.docx</translation>
    </message>
    <message>
        <source>The project has no workshop record, so there are no minutes to write. Hold a workshop first.</source>
        <translation>项目中没有研讨会记录，因此没有可写的纪要。请先举行研讨会。</translation>
    </message>
    <message>
        <source>There is no workshop “{name}”. The workshops: {names}</source>
        <translation>没有名为“{name}”的研讨会。现有研讨会：{names}</translation>
    </message>
    <message>
        <source>Two outputs name the same file; give each its own.</source>
        <translation>两个输出指向同一个文件，请分别指定。</translation>
    </message>
    <message>
        <source>The project has no map to write as text.</source>
        <translation>项目中没有可写成文本的流程图。</translation>
    </message>
    <message>
        <source>There is no map named “{name}”. The maps: {names}</source>
        <translation>没有名为“{name}”的流程图。现有流程图：{names}</translation>
    </message>
    <message>
        <source>Import planning tables from an Excel workbook: into a new project next to it, or --into a project.</source>
        <translation>从 Excel 工作簿导入规划表：导入为同目录下的新项目，或用 --into 导入到已有项目。</translation>
    </message>
    <message>
        <source>the workbook (.xlsx)</source>
        <translation>工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>add the tables to this project (a table exported from it updates its map) and save it</source>
        <translation>把表格加入此项目并保存（从该项目导出的表会更新对应流程图）</translation>
    </message>
    <message>
        <source>where to save the new project (default: the workbook&apos;s name with .opsflow)</source>
        <translation>新项目的保存位置（默认：与工作簿同名，扩展名 .opsflow）</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>已写入 {file}</translation>
    </message>
    <message>
        <source>{file} already exists. Use --into to import into it, or -o to choose another name.</source>
        <translation>{file} 已存在。请用 --into 导入到该文件，或用 -o 指定其他文件名。</translation>
    </message>
    <message>
        <source>{file}: not saved, the imported project would not open again: {reason}</source>
        <translation>{file}：未保存，导入后的项目将无法再次打开：{reason}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <source>The document is signed off: start a new revision to edit it.</source>
        <translation>文件已签核：如需编辑请开始新修订。</translation>
    </message>
    <message>
        <source>The document is already in review.</source>
        <translation>文件已在审查中。</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>提交审查</translation>
    </message>
    <message>
        <source>Submit the document for review before recording sign-offs.</source>
        <translation>记录签核前请先提交审查。</translation>
    </message>
    <message>
        <source>Give the name of the person who signs.</source>
        <translation>请填写签核人姓名。</translation>
    </message>
    <message>
        <source>A countersignature belongs to one of the project&apos;s departments.</source>
        <translation>会签必须属于项目中的某个部门。</translation>
    </message>
    <message>
        <source>Record rejection by {name}: back to draft</source>
        <translation>记录 {name} 的驳回：退回草稿</translation>
    </message>
    <message>
        <source>Record sign-off by {name} ({role})</source>
        <translation>记录 {name} 的签核（{role}）</translation>
    </message>
    <message>
        <source>Record sign-off by {name}: signed off</source>
        <translation>记录 {name} 的签核：签核完成</translation>
    </message>
    <message>
        <source>Only a signed-off document needs a new revision; this one can be edited as it is.</source>
        <translation>只有已签核的文件才需要新修订；本文件可以直接编辑。</translation>
    </message>
    <message>
        <source>The version “{version}” is not of the form V1.0; give the new version number.</source>
        <translation>版本“{version}”不符合 V1.0 的格式，请填写新的版本号。</translation>
    </message>
    <message>
        <source>Version {version} is already used in this document.</source>
        <translation>本文件已使用过版本 {version}。</translation>
    </message>
    <message>
        <source>Say what this revision changes.</source>
        <translation>请说明本次修订的内容。</translation>
    </message>
    <message>
        <source>Start revision {version}</source>
        <translation>开始修订 {version}</translation>
    </message>
    <message>
        <source>“{sheet}”: new map “{map}” with {count} steps.</source>
        <translation>“{sheet}”：新建流程图“{map}”，共 {count} 个步骤。</translation>
    </message>
    <message>
        <source>“{sheet}”: map “{map}” updated: {updated} steps changed, {unchanged} unchanged, {added} added.</source>
        <translation>“{sheet}”：已更新流程图“{map}”：修改 {updated} 个步骤，{unchanged} 个未变，新增 {added} 个。</translation>
    </message>
    <message>
        <source>Import planning table “{name}”</source>
        <translation>导入规划表“{name}”</translation>
    </message>
    <message>
        <source>Imported process</source>
        <translation>导入的流程</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>（无阶段）</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: next step “{next}” is not in the table</source>
        <translation>{sheet}，第 {row} 行：下一步“{next}”不在表中</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: a step cannot be its own next step</source>
        <translation>{sheet}，第 {row} 行：步骤的下一步不能是它自己</translation>
    </message>
    <message>
        <source>“{sheet}” cannot be imported: the map it makes would be beyond what a project can hold ({reason}). Nothing was imported.</source>
        <translation>无法导入“{sheet}”：由它生成的流程图超出了项目所能容纳的范围（{reason}）。未导入任何内容。</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: stage “{stage}” is not a stage of the map; the step stays in its stage</source>
        <translation>{sheet}，第 {row} 行：“{stage}”不是该流程图的阶段，步骤保留在原阶段</translation>
    </message>
    <message>
        <source>{count} new steps were added to “{map}” without flows: connect them on the canvas.</source>
        <translation>已向“{map}”新增 {count} 个步骤，尚未连线：请在画布上连接。</translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation>RACI矩阵</translation>
    </message>
    <message>
        <source>RACI · {map}</source>
        <translation>RACI · {map}</translation>
    </message>
    <message>
        <source>Current vs target</source>
        <translation>现状与目标对比</translation>
    </message>
    <message>
        <source>Change list</source>
        <translation>变更清单</translation>
    </message>
    <message>
        <source>Goals and KPIs</source>
        <translation>目标与KPI</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>访谈记录</translation>
    </message>
    <message>
        <source>Process planning tables</source>
        <translation>流程整合规划表</translation>
    </message>
    <message>
        <source>Document No. {number}</source>
        <translation>文件编号 {number}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Planning table: {map}</source>
        <translation>流程整合规划表：{map}</translation>
    </message>
    <message>
        <source>Choose one of: {choices}</source>
        <translation>请从以下选项中选择：{choices}</translation>
    </message>
    <message>
        <source>RACI matrix: {map}</source>
        <translation>RACI矩阵：{map}</translation>
    </message>
    <message>
        <source>Interviews and workshops held</source>
        <translation>访谈与研讨会记录</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>流程图</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>开始计时</translation>
    </message>
    <message>
        <source> ({n} min)</source>
        <translation>（{n} 分钟）</translation>
    </message>
    <message>
        <source>No agenda yet: add it in the workshop record.</source>
        <translation>尚无议程：请在研讨会记录中添加。</translation>
    </message>
    <message>
        <source>Pause timer</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>OpsFlow — presenter view</source>
        <translation>OpsFlow — 演讲者视图</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一个</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一个 ▶</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>逐步讲解</translation>
    </message>
    <message>
        <source>Capture (M)</source>
        <translation>记录发言 (M)</translation>
    </message>
    <message>
        <source>Vote (V)</source>
        <translation>点投票 (V)</translation>
    </message>
    <message>
        <source>Workshop record…</source>
        <translation>研讨会记录…</translation>
    </message>
    <message>
        <source>End (Esc)</source>
        <translation>结束放映 (Esc)</translation>
    </message>
    <message>
        <source>Automatic (the screen that is not the laptop&apos;s)</source>
        <translation>自动（笔记本以外的屏幕）</translation>
    </message>
    <message>
        <source>Open a map to present first.</source>
        <translation>请先打开要放映的流程图。</translation>
    </message>
    <message>
        <source>{type} marked on “{name}” (Ctrl+Z takes it back).</source>
        <translation>已在「{name}」标记{type}（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>Type what was said, then Enter.</source>
        <translation>请输入发言内容，然后按回车。</translation>
    </message>
    <message>
        <source>End the vote</source>
        <translation>结束投票</translation>
    </message>
    <message>
        <source>End the vote and take its ranking as the findings&apos; priority?</source>
        <translation>结束投票，并按得票排名设定问题的优先级？</translation>
    </message>
    <message>
        <source>End the vote on the steps?</source>
        <translation>结束对步骤的投票？</translation>
    </message>
    <message>
        <source>{name} has no dot to take back.</source>
        <translation>{name} 没有可撤回的票。</translation>
    </message>
    <message>
        <source>There is no no. {number} to vote on.</source>
        <translation>没有可投票的 {number} 号。</translation>
    </message>
    <message>
        <source>No. {n}</source>
        <translation>{n} 号</translation>
    </message>
    <message>
        <source>{n} dots</source>
        <translation>{n} 票</translation>
    </message>
    <message>
        <source>Result of the vote</source>
        <translation>投票结果</translation>
    </message>
    <message>
        <source>No dots yet.</source>
        <translation>尚无投票。</translation>
    </message>
    <message>
        <source>No vote yet: press V to start one.</source>
        <translation>尚未投票：按 V 开始投票。</translation>
    </message>
    <message>
        <source>End the vote first (V): it is on this map.</source>
        <translation>请先结束本图上的投票（V）。</translation>
    </message>
    <message>
        <source>This map has no target map (or current map) to switch to.</source>
        <translation>此流程图没有可切换的目标图（或现状图）。</translation>
    </message>
    <message>
        <source>This map has no target map (or current map) to show beside it.</source>
        <translation>此流程图没有可并排显示的目标图（或现状图）。</translation>
    </message>
    <message>
        <source>Click the step or flow to mark as {type} (Esc: cancel)</source>
        <translation>点击要标记为{type}的步骤或连线（Esc 取消）</translation>
    </message>
    <message>
        <source>Tally for the room</source>
        <translation>全场合计</translation>
    </message>
    <message>
        <source>{name}: {left} of {each} dots left</source>
        <translation>{name}：剩余 {left}/{each} 票</translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>点投票</translation>
    </message>
    <message>
        <source>Tab: next person · V: end the vote</source>
        <translation>Tab：下一位 · V：结束投票</translation>
    </message>
    <message>
        <source>{map} · workshop not recorded yet</source>
        <translation>{map} · 尚未建立研讨会记录</translation>
    </message>
    <message>
        <source>{name}: {used}/{each} dots</source>
        <translation>{name}：已投 {used}/{each} 票</translation>
    </message>
    <message>
        <source>Tally for the room: {used} dots</source>
        <translation>全场合计：{used} 票</translation>
    </message>
    <message>
        <source>No vote running. Press V to start one.</source>
        <translation>当前没有投票。按 V 开始投票。</translation>
    </message>
    <message>
        <source>{steps} steps, {findings} findings.</source>
        <translation>{steps} 个步骤，{findings} 个问题。</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>责任：{owner}</translation>
    </message>
    <message>
        <source>Work {work} h, waiting {wait} h</source>
        <translation>处理 {work} 小时，等待 {wait} 小时</translation>
    </message>
    <message>
        <source>Inputs: {items}</source>
        <translation>输入：{items}</translation>
    </message>
    <message>
        <source>Outputs: {items}</source>
        <translation>输出：{items}</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Agenda and timer</source>
        <translation>议程与计时</translation>
    </message>
    <message>
        <source>Check: exactly one A</source>
        <translation>检查：有且只有一个 A</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>step kind</source>
        <translation>步骤类型</translation>
    </message>
    <message>
        <source>processing time</source>
        <translation>处理时间</translation>
    </message>
    <message>
        <source>waiting time</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <source>Key node</source>
        <translation>关键节点</translation>
    </message>
    <message>
        <source>Process stage</source>
        <translation>流程阶段</translation>
    </message>
    <message>
        <source>Owner (department/person)</source>
        <translation>责任部门/人</translation>
    </message>
    <message>
        <source>Step kind</source>
        <translation>步骤类型</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题摘要</translation>
    </message>
    <message>
        <source>{type} ({severity})</source>
        <translation>{type}（{severity}）</translation>
    </message>
    <message>
        <source>{head}: {text}</source>
        <translation>{head}：{text}</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>(the whole lane)</source>
        <translation>（整条泳道）</translation>
    </message>
    <message>
        <source>(the whole map)</source>
        <translation>（整张流程图）</translation>
    </message>
    <message>
        <source>No one accountable (A)</source>
        <translation>没有负责审批人（A）</translation>
    </message>
    <message>
        <source>{count} accountable (A): only one allowed</source>
        <translation>有 {count} 个负责审批人（A）：只能有一个</translation>
    </message>
    <message>
        <source>Maps compared</source>
        <translation>对比的流程图</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>变化（%）</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>研讨会</translation>
    </message>
    <message>
        <source>{department} {kind}</source>
        <translation>{department}{kind}</translation>
    </message>
    <message>
        <source>{what} ({occasion})</source>
        <translation>{what}（{occasion}）</translation>
    </message>
    <message>
        <source>Held as</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>受访人/参会人</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Place or occasion</source>
        <translation>地点/场合</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>出席人员</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>记录要点</translation>
    </message>
    <message>
        <source>Number of findings</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Findings raised</source>
        <translation>提出的问题</translation>
    </message>
    <message>
        <source>Current steps</source>
        <translation>现状步骤</translation>
    </message>
    <message>
        <source>Target steps</source>
        <translation>目标步骤</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>改善方向</translation>
    </message>
    <message>
        <source>Measured on the target map</source>
        <translation>目标流程实测值</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Document No. {number}   Version {version}</source>
        <translation>文件编号 {number}   版本 {version}</translation>
    </message>
    <message>
        <source>No findings are marked on the maps.</source>
        <translation>流程图上未标注问题点。</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>{points} percentage points</source>
        <translation>{points} 个百分点</translation>
    </message>
    <message>
        <source>Current versus target</source>
        <translation>现状与目标对比</translation>
    </message>
    <message>
        <source>The project has no target map designed from a current map, so there is nothing to compare.</source>
        <translation>项目中没有由现状流程设计而来的目标流程，因此无可对比。</translation>
    </message>
    <message>
        <source>Metrics of the current and the target process</source>
        <translation>现状流程与目标流程的指标</translation>
    </message>
    <message>
        <source>{count} steps are kept as they are; the table lists the others.</source>
        <translation>{count} 个步骤保持不变；下表列出其余步骤。</translation>
    </message>
    <message>
        <source>All {count} steps are kept as they are.</source>
        <translation>全部 {count} 个步骤保持不变。</translation>
    </message>
    <message>
        <source>Interviews held: {interviews}; workshops held: {workshops}. The findings each raised are numbered as in the issue register.</source>
        <translation>共开展访谈 {interviews} 次、研讨会 {workshops} 次。各次提出的问题按流程问题清单中的序号列出。</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>受访/参会人员</translation>
    </message>
    <message>
        <source>{count} people (see below)</source>
        <translation>{count} 人（见下表）</translation>
    </message>
    <message>
        <source>Workshops held</source>
        <translation>已举行的研讨会</translation>
    </message>
    <message>
        <source>Decisions taken</source>
        <translation>决议事项</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>行动事项</translation>
    </message>
    <message>
        <source>{count} people: {names}</source>
        <translation>{count} 人：{names}</translation>
    </message>
    <message>
        <source>{label}: </source>
        <translation>{label}：</translation>
    </message>
    <message>
        <source>Appendix {letter} {title}</source>
        <translation>附录 {letter} {title}</translation>
    </message>
    <message>
        <source>Figure {number} {caption}</source>
        <translation>图 {number} {caption}</translation>
    </message>
    <message>
        <source>Process manual</source>
        <translation>流程说明书</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文件编号</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Process owner</source>
        <translation>流程负责人</translation>
    </message>
    <message>
        <source>Drafted on</source>
        <translation>编制日期</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Next review on</source>
        <translation>下次评审日期</translation>
    </message>
    <message>
        <source>Signed off on</source>
        <translation>签核日期</translation>
    </message>
    <message>
        <source>Signed content hash</source>
        <translation>签核内容哈希</translation>
    </message>
    <message>
        <source>The SHA-256 above identifies the signed content. To check that a project file still holds exactly what was signed, compare it with this printed value: opsflow verify FILE --hash {hash}</source>
        <translation>上述 SHA-256 标识签核时的内容。要核对项目文件是否仍与签核内容完全一致，请与本页所印的值比对：opsflow verify 文件 --hash {hash}</translation>
    </message>
    <message>
        <source>Printed copies are uncontrolled. Check that you hold the current version before you use this document.</source>
        <translation>打印件为非受控文件。使用前请确认所持为现行版本。</translation>
    </message>
    <message>
        <source>{decision} (recorded in OpsFlow)</source>
        <translation>{decision}（已在 OpsFlow 中记录）</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>签核</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Revision record</source>
        <translation>文件修订记录</translation>
    </message>
    <message>
        <source>Sections changed</source>
        <translation>修改章节</translation>
    </message>
    <message>
        <source>Summary of change</source>
        <translation>修改摘要</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>操作说明</translation>
    </message>
    <message>
        <source>Control point / risk</source>
        <translation>控制点/风险</translation>
    </message>
    <message>
        <source>Flowchart</source>
        <translation>流程图</translation>
    </message>
    <message>
        <source>Each map shows the departments as lanes (rows) and the stages as columns; the arrows are the flows between steps. A map too wide to read on one page is printed on several pages, cut between stages, each page repeating the departments.</source>
        <translation>每张流程图以泳道（行）表示部门，以列表示阶段；箭头表示步骤之间的流转。一页放不下的流程图按阶段拆分打印在多页上，每页都重复显示部门。</translation>
    </message>
    <message>
        <source>The coloured badges mark findings: {legend}.</source>
        <translation>彩色标记表示问题点：{legend}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{map} (part {part} of {parts}: {stages})</source>
        <translation>{map}（第 {part}/{parts} 部分：{stages}）</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Workshop minutes</source>
        <translation>研讨会纪要</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} 人</translation>
    </message>
    <message>
        <source>No attendees were recorded.</source>
        <translation>未记录出席人员。</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>No agenda was recorded.</source>
        <translation>未记录议程。</translation>
    </message>
    <message>
        <source>Planned (min)</source>
        <translation>计划时长（分钟）</translation>
    </message>
    <message>
        <source>Planned in all: {minutes} minutes.</source>
        <translation>计划总时长：{minutes} 分钟。</translation>
    </message>
    <message>
        <source>No decisions were recorded.</source>
        <translation>未记录决议事项。</translation>
    </message>
    <message>
        <source>No findings were raised in this workshop.</source>
        <translation>本次研讨会未提出问题。</translation>
    </message>
    <message>
        <source>Numbered as in the issue register of the process manual and the workbook.</source>
        <translation>编号与流程说明书及规划表中的问题清单一致。</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>(marked in the room)</source>
        <translation>（现场标记）</translation>
    </message>
    <message>
        <source>Dot votes</source>
        <translation>点投票结果</translation>
    </message>
    <message>
        <source>No dot vote was held.</source>
        <translation>未进行点投票。</translation>
    </message>
    <message>
        <source>Vote on the steps of {map}</source>
        <translation>对「{map}」各步骤的投票</translation>
    </message>
    <message>
        <source>Vote on the findings of {map}</source>
        <translation>对「{map}」各问题的投票</translation>
    </message>
    <message>
        <source>Round {number}: {subject}</source>
        <translation>第 {number} 轮：{subject}</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与投票人</translation>
    </message>
    <message>
        <source>{names} ({count} people)</source>
        <translation>{names}（共 {count} 人）</translation>
    </message>
    <message>
        <source>{dots} dots cast, {tally} of them counted for the room as a whole</source>
        <translation>共投 {dots} 票，其中 {tally} 票为全场合计</translation>
    </message>
    <message>
        <source>{dots} dots cast</source>
        <translation>共投 {dots} 票</translation>
    </message>
    <message>
        <source>the ranking became the findings&apos; priority.</source>
        <translation>排名已作为问题的优先级。</translation>
    </message>
    <message>
        <source>the vote ended.</source>
        <translation>投票已结束。</translation>
    </message>
    <message>
        <source>the vote was not closed.</source>
        <translation>投票尚未结束。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>{cast}; {outcome}</source>
        <translation>{cast}；{outcome}</translation>
    </message>
    <message>
        <source>No dots were placed.</source>
        <translation>无人投票。</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>后续行动</translation>
    </message>
    <message>
        <source>No actions were agreed.</source>
        <translation>未商定后续行动。</translation>
    </message>
    <message>
        <source>Agreed action</source>
        <translation>行动事项</translation>
    </message>
    <message>
        <source>Maps discussed</source>
        <translation>讨论的流程图</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>The maps as they stood at the end of the workshop, with the findings marked on them.</source>
        <translation>以下为研讨会结束时的流程图，图上标有各问题点。</translation>
    </message>
    <message>
        <source>{steps} steps; chapter 6 lists them in order.</source>
        <translation>共 {steps} 个步骤；第 6 章按顺序列出。</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>流程说明</translation>
    </message>
    <message>
        <source>Each stage lists its steps in the order they are carried out: who does them, what they need and produce, how long they take and how they are controlled.</source>
        <translation>各阶段按执行顺序列出步骤：由谁执行、需要什么、产出什么、用时多久以及如何控制。</translation>
    </message>
    <message>
        <source>{count} steps · {departments} · processing {work} h, waiting {wait} h</source>
        <translation>{count} 个步骤 · {departments} · 处理 {work} 小时，等待 {wait} 小时</translation>
    </message>
    <message>
        <source>({kind})</source>
        <translation>（{kind}）</translation>
    </message>
    <message>
        <source>{work} h work, {wait} h wait</source>
        <translation>处理 {work} 小时，等待 {wait} 小时</translation>
    </message>
    <message>
        <source>Forms: {forms}</source>
        <translation>表单：{forms}</translation>
    </message>
    <message>
        <source>Systems: {systems}</source>
        <translation>系统：{systems}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 共 {pages} 页</translation>
    </message>
    <message>
        <source>Signed content SHA-256: {hash}</source>
        <translation>签核内容 SHA-256：{hash}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Export planning tables to Excel</source>
        <translation>将规划表导出为 Excel</translation>
    </message>
    <message>
        <source>Exporting the planning tables…</source>
        <translation>正在导出规划表…</translation>
    </message>
    <message>
        <source>Export the process manual to Word</source>
        <translation>将流程说明书导出为 Word</translation>
    </message>
    <message>
        <source>Drawing the maps for the manual…</source>
        <translation>正在为说明书绘制流程图…</translation>
    </message>
    <message>
        <source>Writing the process manual…</source>
        <translation>正在写入流程说明书…</translation>
    </message>
    <message>
        <source>Import planning table</source>
        <translation>导入规划表</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>Cannot import the planning table</source>
        <translation>无法导入规划表</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>已取消导入，未做任何更改。</translation>
    </message>
    <message>
        <source>The project has no workshop record, so there are no minutes to write.</source>
        <translation>项目中没有研讨会记录，因此没有可写的纪要。</translation>
    </message>
    <message>
        <source>{title} minutes</source>
        <translation>{title}纪要</translation>
    </message>
    <message>
        <source>Export the workshop minutes to Word</source>
        <translation>将研讨会纪要导出为 Word</translation>
    </message>
    <message>
        <source>The project has no workshop “{name}”.</source>
        <translation>项目中没有研讨会“{name}”。</translation>
    </message>
    <message>
        <source>Drawing the maps for the minutes…</source>
        <translation>正在绘制纪要中的流程图…</translation>
    </message>
    <message>
        <source>Writing the workshop minutes…</source>
        <translation>正在写入研讨会纪要…</translation>
    </message>
    <message>
        <source>Exported {name}.</source>
        <translation>已导出 {name}。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出，未写入任何文件。</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
    <message>
        <source>Imported {name}.</source>
        <translation>已导入 {name}。</translation>
    </message>
    <message>
        <source>Planning table imported</source>
        <translation>规划表已导入</translation>
    </message>
    <message>
        <source>{count} notes on the rows; see the details. Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>有 {count} 条关于各行的提示，请查看详细信息。撤销（Ctrl+Z）可撤回整个导入。</translation>
    </message>
    <message>
        <source>Lanes linked to it: {lanes}.</source>
        <translation>关联的泳道：{lanes}。</translation>
    </message>
    <message>
        <source>RACI assignments on {count} steps.</source>
        <translation>{count} 个步骤的 RACI 分配。</translation>
    </message>
    <message>
        <source>Countersignatures recorded for it: {names}.</source>
        <translation>已记录的会签：{names}。</translation>
    </message>
    <message>
        <source>“{lane}” in {map}</source>
        <translation>{map}中的「{lane}」</translation>
    </message>
    <message>
        <source>A department needs a name.</source>
        <translation>部门需要一个名称。</translation>
    </message>
    <message>
        <source>There is already a department named “{name}”.</source>
        <translation>已有名为「{name}」的部门。</translation>
    </message>
    <message>
        <source>“{department}” has countersigned this version ({names}): it keeps its name until the sign-off round is over.</source>
        <translation>「{department}」已会签此版本（{names}）：签核轮次结束前不能改名。</translation>
    </message>
    <message>
        <source>{steps} steps, {flows} flows and {findings} findings are deleted with it.</source>
        <translation>其中的 {steps} 个步骤、{flows} 条连线和 {findings} 个问题点将一并删除。</translation>
    </message>
    <message>
        <source>Target maps designed from it lose that link: {names}.</source>
        <translation>依据它设计的目标流程将失去关联：{names}。</translation>
    </message>
    <message>
        <source>Goals measured on it lose that map: {names}.</source>
        <translation>以它衡量的目标将失去该流程图：{names}。</translation>
    </message>
    <message>
        <source>Only a target map is designed from a current map.</source>
        <translation>只有目标流程才依据现状流程设计。</translation>
    </message>
    <message>
        <source>A target map can only be designed from a current map.</source>
        <translation>目标流程只能依据现状流程设计。</translation>
    </message>
    <message>
        <source>project details</source>
        <translation>项目信息</translation>
    </message>
    <message>
        <source>Release the flow on a step to connect it.</source>
        <translation>请在一个步骤上松开鼠标以完成连线。</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>文件编号</translation>
    </message>
    <message>
        <source>process owner</source>
        <translation>流程负责人</translation>
    </message>
    <message>
        <source>Project details: no {fields} yet; every sheet and page prints it empty.</source>
        <translation>项目信息：尚未填写{fields}；每张表格和每一页都会留空。</translation>
    </message>
    <message>
        <source>No departments: the manual&apos;s sign-off block has no countersignature (会签) rows and the RACI matrix no columns.</source>
        <translation>没有部门：说明书的签核栏没有会签行，RACI 矩阵也没有列。</translation>
    </message>
    <message>
        <source>Lanes not linked to a department: {lanes}.</source>
        <translation>未关联部门的泳道：{lanes}。</translation>
    </message>
    <message>
        <source>Departments without a head to countersign: {names}.</source>
        <translation>没有负责人会签的部门：{names}。</translation>
    </message>
    <message>
        <source>{count} steps have no single accountable department (A).</source>
        <translation>{count} 个步骤没有唯一的负责审批部门（A）。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>清除日期</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>@ Li Na, service lead, Customer service, 2026-11-20, phone call</source>
        <translation>@ 李娜，客服主管，客服部，2026-11-20，电话访谈</translation>
    </message>
    <message>
        <source>who is speaking: name, role, department, date, where (a new @ line: a new interview)</source>
        <translation>受访人：姓名、岗位、部门、日期、场合（新的 @ 行即新的一次访谈）</translation>
    </message>
    <message>
        <source># Intake</source>
        <translation># 受理</translation>
    </message>
    <message>
        <source>a stage (a column)</source>
        <translation>阶段（一列）</translation>
    </message>
    <message>
        <source>Customer service: Log complaint, 5min, wait 10min, in 《call log》, out 《ticket》</source>
        <translation>客服部：登记投诉，5分钟，等10分钟，入《来电记录》，出《投诉单》</translation>
    </message>
    <message>
        <source>a step: department (kept for the lines below), name, time, waiting, inputs, outputs</source>
        <translation>步骤：部门（下面各行沿用）、名称、处理时间、等待时间、输入、输出</translation>
    </message>
    <message>
        <source>Solved on the call?</source>
        <translation>能当场解决？</translation>
    </message>
    <message>
        <source>a decision; (approval) (sub-process) (wait) (document) give other kinds</source>
        <translation>判断；（审批）（子流程）（等待）（文档）表示其他类型</translation>
    </message>
    <message>
        <source>  yes 70% -&gt; Reply to customer</source>
        <translation>  是 70% -&gt; 答复客户</translation>
    </message>
    <message>
        <source>a branch or jump to a named step; “no -&gt;” to the next line; “-|” nowhere</source>
        <translation>分支或跳转到某一步；“否 -&gt;”接下一行；“-|”到此为止</translation>
    </message>
    <message>
        <source>+ Finance: Refund</source>
        <translation>+ 财务部：退款</translation>
    </message>
    <message>
        <source>in parallel with the line above; a line “End” ends the process</source>
        <translation>与上一行并行；单独一行“结束”表示流程结束</translation>
    </message>
    <message>
        <source>!Bottleneck nobody answers at night, high</source>
        <translation>！瓶颈 夜里没人接，高</translation>
    </message>
    <message>
        <source>a finding on the step above: type (or its canvas key letter), text, severity; “!-&gt;” on the hand-off into it, where a breakpoint sits by itself</source>
        <translation>标在上一步的问题：类型（或画布快捷键字母）、描述、严重度；“！-&gt;”标在进入该步的交接上，断点默认就在交接上</translation>
    </message>
    <message>
        <source>&gt; one person on the night shift</source>
        <translation>&gt; 夜班只有一人</translation>
    </message>
    <message>
        <source>a note of the interview</source>
        <translation>访谈备注</translation>
    </message>
    <message>
        <source>// to check with finance</source>
        <translation>// 待与财务确认</translation>
    </message>
    <message>
        <source>a comment, for you alone</source>
        <translation>注释，只给自己看</translation>
    </message>
    <message>
        <source>Cheat sheet</source>
        <translation>速查</translation>
    </message>
    <message>
        <source>Full width</source>
        <translation>全宽</translation>
    </message>
    <message>
        <source>Give the text the whole window (for a small screen)</source>
        <translation>文本占满整个窗口（适合小屏幕）</translation>
    </message>
    <message>
        <source>Type the process here while the interviewee talks…</source>
        <translation>受访人讲述时，在这里录入流程……</translation>
    </message>
    <message>
        <source>Interview text of “{map}”</source>
        <translation>“{map}”的访谈文本</translation>
    </message>
    <message>
        <source>No map open</source>
        <translation>未打开流程图</translation>
    </message>
    <message>
        <source>Line {number}: {message}</source>
        <translation>第 {number} 行：{message}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>……另有 {count} 处</translation>
    </message>
    <message>
        <source>Only the first {count} lines are read.</source>
        <translation>只读取前 {count} 行。</translation>
    </message>
    <message>
        <source>This line could not be read: {reason}</source>
        <translation>无法读取此行：{reason}</translation>
    </message>
    <message>
        <source>This line is too long to read ({count} characters): break it into lines.</source>
        <translation>此行太长（{count} 个字符），无法读取，请分成多行。</translation>
    </message>
    <message>
        <source>“-|” ends a step, but no step comes before it.</source>
        <translation>“-|”表示步骤到此为止，但前面没有步骤。</translation>
    </message>
    <message>
        <source>A stage heading needs a name after “#”.</source>
        <translation>阶段标题需要在“#”后写名称。</translation>
    </message>
    <message>
        <source>“{text}” is not a date.</source>
        <translation>“{text}”不是日期。</translation>
    </message>
    <message>
        <source>Write the department before the colon, e.g. “客服部：登记投诉”.</source>
        <translation>请在冒号前写部门，例如“客服部：登记投诉”。</translation>
    </message>
    <message>
        <source>A step needs a name before its details.</source>
        <translation>步骤要先写名称，再写详情。</translation>
    </message>
    <message>
        <source>Whose step is this? Start the first step with its department, e.g. “客服部：{name}”.</source>
        <translation>这是哪个部门的步骤？第一步请带上部门，例如“客服部：{name}”。</translation>
    </message>
    <message>
        <source>“{text}” is not a time (10分钟, 等2小时), an input (入…), an output (出…) or a kind in brackets; a step&apos;s name cannot hold a comma.</source>
        <translation>“{text}”不是时间（10分钟、等2小时）、输入（入…）、输出（出…）或括号中的类型；步骤名称中不能有逗号。</translation>
    </message>
    <message>
        <source>An arrow leads on from a step, but no step comes before it.</source>
        <translation>箭头要从某个步骤引出，但前面没有步骤。</translation>
    </message>
    <message>
        <source>A probability cannot be above 100 %.</source>
        <translation>概率不能超过 100%。</translation>
    </message>
    <message>
        <source>Say what kind of finding this is first: {words}.</source>
        <translation>请先写明问题类型：{words}。</translation>
    </message>
    <message>
        <source>No step is called “{name}”.</source>
        <translation>没有名为“{name}”的步骤。</translation>
    </message>
    <message>
        <source>A step cannot lead to itself.</source>
        <translation>步骤不能指向自身。</translation>
    </message>
    <message>
        <source>Import interview notes typed in the notation: into a new project next to them, or --into a project.</source>
        <translation>导入按访谈记法录入的笔记：在同一位置新建项目，或用 --into 导入到已有项目。</translation>
    </message>
    <message>
        <source>the notes (.txt, UTF-8 or GB18030)</source>
        <translation>笔记文件（.txt，UTF-8 或 GB18030 编码）</translation>
    </message>
    <message>
        <source>add the notes to this project as a map and save it</source>
        <translation>把笔记作为一张流程图加入该项目并保存</translation>
    </message>
    <message>
        <source>with --into: the map the notes describe (default: a new map named after them)</source>
        <translation>与 --into 一起使用：笔记所描述的流程图（默认新建一张以笔记命名的图）</translation>
    </message>
    <message>
        <source>where to save the new project (default: the notes&apos; name with .opsflow)</source>
        <translation>新项目的保存位置（默认与笔记同名，扩展名 .opsflow）</translation>
    </message>
    <message>
        <source>--map names a map of the project given with --into.</source>
        <translation>--map 指的是 --into 所给项目中的流程图。</translation>
    </message>
    <message>
        <source>Map “{map}”: {steps} steps, {flows} flows, {findings} findings, from {lines} lines.</source>
        <translation>流程图“{map}”：{steps} 个步骤、{flows} 条连线、{findings} 个问题，来自 {lines} 行。</translation>
    </message>
    <message>
        <source>  line {number}: {message}</source>
        <translation>  第 {number} 行：{message}</translation>
    </message>
    <message>
        <source>The notes file is larger than {size} MB.</source>
        <translation>笔记文件超过 {size} MB。</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>这是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>This is not a text file (it looks like a Word or Excel file: save it as .txt).</source>
        <translation>这不是文本文件（看起来像 Word 或 Excel 文件，请另存为 .txt）。</translation>
    </message>
    <message>
        <source>The text is neither UTF-8 nor GB18030; save it as UTF-8 text.</source>
        <translation>文本既不是 UTF-8 也不是 GB18030 编码，请另存为 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The notes have more than {count} lines.</source>
        <translation>笔记超过 {count} 行。</translation>
    </message>
    <message>
        <source>PgDn → ↓ Space</source>
        <translation>PgDn → ↓ 空格</translation>
    </message>
    <message>
        <source>Next stage, or next step</source>
        <translation>下一阶段，或下一步骤</translation>
    </message>
    <message>
        <source>PgUp ← ↑ Backspace</source>
        <translation>PgUp ← ↑ 退格</translation>
    </message>
    <message>
        <source>Previous stage, or previous step</source>
        <translation>上一阶段，或上一步骤</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <source>Step by step through the stage, and back</source>
        <translation>逐步讲解本阶段，再按返回</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>From the step to each of its hand-offs</source>
        <translation>在步骤与其各个交接之间切换</translation>
    </message>
    <message>
        <source>Home / O</source>
        <translation>Home / O</translation>
    </message>
    <message>
        <source>Overview of the whole map</source>
        <translation>全图预览</translation>
    </message>
    <message>
        <source>Click a step</source>
        <translation>点击步骤</translation>
    </message>
    <message>
        <source>Go to that step</source>
        <translation>跳到该步骤</translation>
    </message>
    <message>
        <source>Mark a finding on the step or hand-off</source>
        <translation>在步骤或交接上标记问题</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Capture what was said, and who said it</source>
        <translation>记录发言内容和发言人</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Start the dot vote; again: end it and rank</source>
        <translation>开始点投票；再按一次：结束并排序</translation>
    </message>
    <message>
        <source>1–99 Enter</source>
        <translation>1–99 回车</translation>
    </message>
    <message>
        <source>A dot for finding no. …  (Shift+Enter takes it back)</source>
        <translation>给该编号投一票（Shift+回车 撤回）</translation>
    </message>
    <message>
        <source>3=5 Enter</source>
        <translation>3=5 回车</translation>
    </message>
    <message>
        <source>The room&apos;s count for no. 3: 5 dots (a tally)</source>
        <translation>全场合计：3 号得 5 票</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Show or hide the ranking</source>
        <translation>显示或隐藏排名</translation>
    </message>
    <message>
        <source>T / X</source>
        <translation>T / X</translation>
    </message>
    <message>
        <source>Current ↔ target map / current above target</source>
        <translation>现状图 ↔ 目标图 / 现状在上、目标在下对比</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>The workshop record: attendees, agenda, decisions, actions</source>
        <translation>研讨会记录：出席人员、议程、决议、行动</translation>
    </message>
    <message>
        <source>. (full stop)</source>
        <translation>. （句点）</translation>
    </message>
    <message>
        <source>Blank the screen, and back</source>
        <translation>黑屏，再按恢复</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>本帮助</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>End the presentation</source>
        <translation>结束放映</translation>
    </message>
    <message>
        <source>OpsFlow — presentation</source>
        <translation>OpsFlow — 放映</translation>
    </message>
    <message>
        <source>Keys while presenting</source>
        <translation>放映时的按键</translation>
    </message>
    <message>
        <source>What was said — who said it   (e.g. 素材返工太多 — 王敏)</source>
        <translation>发言内容 — 发言人   （例：素材返工太多 — 王敏）</translation>
    </message>
    <message>
        <source>On “{name}”:</source>
        <translation>记到「{name}」：</translation>
    </message>
    <message>
        <source>Start a dot vote</source>
        <translation>开始点投票</translation>
    </message>
    <message>
        <source>Findings: which problems to fix first</source>
        <translation>问题：先解决哪些问题</translation>
    </message>
    <message>
        <source>Steps: where it hurts most</source>
        <translation>步骤：哪里最痛</translation>
    </message>
    <message>
        <source>Vote on</source>
        <translation>投票对象</translation>
    </message>
    <message>
        <source> dots</source>
        <translation> 票</translation>
    </message>
    <message>
        <source>Dots per participant</source>
        <translation>每人票数</translation>
    </message>
    <message>
        <source>Participants (ticked ones have dots):</source>
        <translation>参与人（勾选者有票）：</translation>
    </message>
    <message>
        <source>Others, separated by commas: 王敏, 李娜</source>
        <translation>其他人，用逗号分隔：王敏，李娜</translation>
    </message>
    <message>
        <source>With no participants the room&apos;s dots are entered as counts (a tally). Votes are entered as the room calls them out: click a numbered disc (right-click takes a dot back), or type its number and press Enter; Tab passes to the next participant.</source>
        <translation>没有参与人时，按全场合计录入票数。投票按现场报出的顺序录入：点击带编号的圆点（右键撤回一票），或输入编号后按回车；按 Tab 换下一位参与人。</translation>
    </message>
    <message>
        <source>Start vote</source>
        <translation>开始投票</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>第 {n}/{total} 步</translation>
    </message>
    <message>
        <source>The document is signed off: start a new revision to record a workshop.</source>
        <translation>文件已签批：如需记录研讨会，请先开始新修订。</translation>
    </message>
    <message>
        <source>Workshop {date}</source>
        <translation>研讨会 {date}</translation>
    </message>
    <message>
        <source>Workshop “{name}” recorded.</source>
        <translation>研讨会「{name}」已记录。</translation>
    </message>
    <message>
        <source>{id} is not a workshop record.</source>
        <translation>{id} 不是研讨会记录。</translation>
    </message>
    <message>
        <source>The vote {id} is not part of this workshop.</source>
        <translation>投票 {id} 不属于本次研讨会。</translation>
    </message>
    <message>
        <source>{map} workshop {date}</source>
        <translation>{map} 研讨会 {date}</translation>
    </message>
    <message>
        <source>There is nothing to vote on: the map has no open findings.</source>
        <translation>没有可投票的对象：此流程图没有未关闭的问题。</translation>
    </message>
    <message>
        <source>There is nothing to vote on: the map has no steps.</source>
        <translation>没有可投票的对象：此流程图没有步骤。</translation>
    </message>
    <message>
        <source>This vote is closed; start a new one to vote again.</source>
        <translation>本轮投票已结束；如需再投，请开始新的投票。</translation>
    </message>
    <message>
        <source>Only the map&apos;s open findings can get dots in this vote.</source>
        <translation>本轮投票只能投给此流程图未关闭的问题。</translation>
    </message>
    <message>
        <source>Only the map&apos;s steps can get dots in this vote.</source>
        <translation>本轮投票只能投给此流程图的步骤。</translation>
    </message>
    <message>
        <source>{name} has no dots in this vote.</source>
        <translation>{name} 在本轮投票中没有票。</translation>
    </message>
    <message>
        <source>{name} has used all {count} dots.</source>
        <translation>{name} 的 {count} 票已全部投出。</translation>
    </message>
    <message>
        <source>{name} has no dot there to take back.</source>
        <translation>{name} 没有投给这里的票可撤回。</translation>
    </message>
    <message>
        <source>A count of more than {count} dots is not a vote.</source>
        <translation>票数不能超过 {count}。</translation>
    </message>
    <message>
        <source>The tally</source>
        <translation>全场合计</translation>
    </message>
    <message>
        <source>Dot for “{name}”</source>
        <translation>「{name}」投一票</translation>
    </message>
    <message>
        <source>Take back a dot of “{name}”</source>
        <translation>撤回「{name}」的一票</translation>
    </message>
    <message>
        <source>Count dots</source>
        <translation>统计票数</translation>
    </message>
    <message>
        <source>A count of dots cannot be negative.</source>
        <translation>票数不能为负数。</translation>
    </message>
    <message>
        <source>The workbook&apos;s part {part}</source>
        <translation>工作簿部件 {part} </translation>
    </message>
    <message>
        <source>{where} is missing: the workbook is damaged.</source>
        <translation>缺少{where}：工作簿已损坏。</translation>
    </message>
    <message>
        <source>{where} is packed {ratio:,} times smaller than it unpacks ({size} MB): this is a “zip bomb”, not a planning table. It was not read.</source>
        <translation>{where}解压后（{size} MB）是压缩大小的 {ratio:,} 倍：这是“zip 炸弹”，不是规划表。未读取该文件。</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than {size} MB, far more than planning tables need; it was not read.</source>
        <translation>工作簿解压后超过 {size} MB，远超规划表所需，未读取。</translation>
    </message>
    <message>
        <source>The file is {size} MB; a planning table is far smaller. It was not read.</source>
        <translation>文件大小为 {size} MB，规划表远没有这么大。未读取该文件。</translation>
    </message>
    <message>
        <source>The workbook holds more than {limit} parts; a planning table has a few dozen. It was not read.</source>
        <translation>工作簿包含超过 {limit} 个部件，规划表通常只有几十个。未读取该文件。</translation>
    </message>
    <message>
        <source>The workbook has more than {limit} sheets; it was not read.</source>
        <translation>工作簿的工作表超过 {limit} 个，未读取。</translation>
    </message>
    <message>
        <source>The workbook has more than {limit} different texts; a planning table has far fewer. It was not read.</source>
        <translation>工作簿中不同的文本超过 {limit} 条，规划表远没有这么多。未读取该文件。</translation>
    </message>
    <message>
        <source>Text number {index} of the workbook is longer than {limit} characters, the most a cell can hold; the workbook is damaged.</source>
        <translation>工作簿的第 {index} 条文本超过 {limit} 个字符（单元格最多能容纳的长度）；工作簿已损坏。</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, cell {cell}: a planning table is at most {limit} columns wide, and this one has text further right. Move it into the table&apos;s columns or delete it, then import again.</source>
        <translation>工作表“{sheet}”，单元格 {cell}：规划表最多 {limit} 列，而此表在更右侧还有内容。请把它移入表格的列中或删除，然后重新导入。</translation>
    </message>
    <message>
        <source>{where} has more than {limit} XML elements, far more than any planning table; it was not read further.</source>
        <translation>{where}的 XML 元素超过 {limit} 个，远超任何规划表，已停止读取。</translation>
    </message>
    <message>
        <source>{where} holds a single XML comment, tag or text of more than {size} MB; it was not read further.</source>
        <translation>{where}中有单个超过 {size} MB 的 XML 注释、标签或文本，已停止读取。</translation>
    </message>
    <message>
        <source>{where} is damaged: its XML is not well-formed (line {line}, column {column}).</source>
        <translation>{where}已损坏：其 XML 格式不正确（第 {line} 行，第 {column} 列）。</translation>
    </message>
    <message>
        <source>{where} cannot be unpacked: the workbook is damaged.</source>
        <translation>{where}无法解压：工作簿已损坏。</translation>
    </message>
    <message>
        <source>{where} unpacks to more than {size} MB, far more than any planning table needs; it was not read.</source>
        <translation>{where}解压后超过 {size} MB，远超任何规划表所需，未读取。</translation>
    </message>
    <message>
        <source>{where} declares the XML entity “{name}”. Workbooks never do; entities like this make a “billion laughs” attack, which expands a few kilobytes into gigabytes. The file was not read.</source>
        <translation>{where}声明了 XML 实体“{name}”。正常工作簿从不这样做；这类实体构成“十亿笑声”（billion laughs）攻击，可把几 KB 膨胀成数 GB。未读取该文件。</translation>
    </message>
    <message>
        <source>{where} contains a document type declaration (DTD). Workbooks never do; the file was not read.</source>
        <translation>{where}包含文档类型声明（DTD）。正常工作簿从不这样做；未读取该文件。</translation>
    </message>
    <message>
        <source>{where} refers to the external entity “{target}”, which could read other files or the network. Workbooks never do; the file was not read.</source>
        <translation>{where}引用了外部实体“{target}”，它可能读取其他文件或访问网络。正常工作簿从不这样做；未读取该文件。</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”</source>
        <translation>工作表“{sheet}”</translation>
    </message>
    <message>
        <source>{where}, cell {cell}: the text is longer than {limit} characters, the most a cell can hold; the workbook is damaged.</source>
        <translation>{where}，单元格 {cell}：文本超过 {limit} 个字符（单元格最多能容纳的长度）；工作簿已损坏。</translation>
    </message>
    <message>
        <source>{where} is damaged: it has a row numbered “{number}”; Excel&apos;s rows go from 1 to {limit}.</source>
        <translation>{where}已损坏：其中有编号为“{number}”的行，而 Excel 的行号只能是 1 到 {limit}。</translation>
    </message>
    <message>
        <source>{where} has more than {limit} cells, far more than any planning table; it was not read.</source>
        <translation>{where}的单元格超过 {limit} 个，远超任何规划表，未读取。</translation>
    </message>
    <message>
        <source>{where} is damaged: “{reference}” (after row {row}) is not a cell of a sheet.</source>
        <translation>{where}已损坏：“{reference}”（第 {row} 行之后）不是有效的单元格。</translation>
    </message>
    <message>
        <source>{where}, cell {cell}: it refers to text number {index}, which the workbook does not have; the workbook is damaged.</source>
        <translation>{where}，单元格 {cell}：引用了第 {index} 条文本，但工作簿中没有这条文本；工作簿已损坏。</translation>
    </message>
</context>
</TS>
